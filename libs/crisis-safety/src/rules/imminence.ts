// Markers that an act is happening now or within hours: the time (tonight, right now, abhi, आज रात), the means in
// hand, a wound still bleeding, "about to" forms (kaatne wali hoon, कूदने वाला हूं). On their own they mean nothing
// ("abhi ghar pahuncha"); next to a statement of suicidal intent or self-harm they make it immediate danger.
// Written against normalizeUtterance()'s output; Devanagari without \b (JavaScript word boundaries are ASCII-only).

const ENGLISH =
  /\b(?:right now|just now|now itself|tonight|this (?:very )?(?:minute|second|moment)|as we speak|as i (?:type|speak|write)|as im (?:typing|speaking|writing)|in (?:a (?:few|couple of)|\d+|five|ten|two) minutes|(?:after|once|when) (?:everyone|everybody|they|all) (?:is |are |has |have )?(?:sleeps?|asleep|gone to (?:bed|sleep)|goes to (?:bed|sleep))|(?:still|keeps?|wont stop|will not stop|not stopping|cant stop the) bleeding|bleeding (?:a lot|so much|heavily|badly|everywhere|more than|way more|wont stop|will not stop|isnt stopping|is not stopping)|blood (?:everywhere|all over|keeps coming|wont stop|is not stopping|isnt stopping)|in front of me|right here (?:with|next to) me|in my hands?|against my (?:wrist|throat|neck|skin|chest)|around my neck|(?:im|i am) about to|(?:im|i am) (?:walking|heading|driving|going|riding|on my way) (?:to|towards) the (?:\w+ )?(?:bridge|tracks|station|highway|river|sea|lake|cliff|roof|terrace|canal|dam|building|station)|(?:is|are|its) (?:all )?(?:ready|set up|tied|open) (?:now|here|in front)|(?:doing|do) it (?:now|tonight|today)|(?:ive|i have) just (?:cut|slit|slashed|taken|swallowed|drunk|drank|overdosed))\b/;

const ROMANISED =
  /\b(?:abhi(?! (?:bhi|tak|se|nahi|nhi)\b)|abi(?! bhi| tak)|aaj raat|aj raat|aaj ki raat|aaj hi raat|raat ko sab(?:ke)? so|sab(?:ke)? so (?:ja\w*|gaye|gye)|sone ke baad|isi waqt|is waqt|khoon (?:(?:ruk|band) (?:hi )?(?:nahi|nhi|na) (?:ho )?raha|(?:nahi|nhi) (?:ruk|band ho) raha|beh raha|bah raha|nikal raha|abhi tak)|(?:haath|hath) (?:mein|me|main) (?:\w+ )?(?:hai|blade|razor|chaku|chaaku|knife|goliyan|goliyaan|rassi|zeher|bottle)|\w+(?:ne|na) (?:wala|wali|wale|waala|waali) (?:hu|hoon|hun|hoo)|bas (?:\w+ ){0,2}(?:baaki|baki) hai|khol (?:li|liya|di) hai|kaat (?:li|liya|di|diya) (?:hai|h)|kha (?:li|liya|liye) (?:hai|h)|pee? (?:li|liya) (?:hai|h))\b/;

const DEVANAGARI =
  /अभी(?!\s(?:भी|तक|से))|आज\sरात|आज\sकी\sरात|सबके\sसोने|सोने\sके\sबाद|इसी\sवक्त|इस\sवक्त|खून\s(?:(?:रुक|बंद)\s(?:ही\s)?(?:नहीं|नही|ना)\s(?:हो\s)?रहा|(?:नहीं|नही)\sरुक|बह\sरहा|निकल\sरहा)|हाथ\sमें\s(?:\S+\s)?(?:है|ब्लेड|चाकू|गोलियां|रस्सी|जहर|बोतल)|ने\s(?:वाला|वाली|वाले)\s(?:हूं|हू|हैं)|बस\s(?:\S+\s){0,2}बाकी\sहै|पैर\sबाहर\sलटक|अब\sकूद|(?:काट|खा|पी|निगल)\s(?:ली|लिया|लीं|लिए|दी)\s(?:है|हैं)/;

/** Whether the (normalised, screened) utterance says the act is now or tonight. */
export function saysItIsImminent(text: string): boolean {
  return ENGLISH.test(text) || ROMANISED.test(text) || DEVANAGARI.test(text);
}
