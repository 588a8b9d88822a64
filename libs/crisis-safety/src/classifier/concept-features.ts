import { benignFrames } from '../rules/benign-frames.js';

/**
 * Concepts the classifier reads next to the words: what an indirect signal is about (finality, affairs put in order,
 * being a burden, a calm after deciding, not being there tomorrow, a dangerous place, hidden injuries, fear at home,
 * means, dying) and the benign frames. Each concept is one feature in English, Hinglish and Hindi alike, so a weight
 * learnt from one language's wording carries to the others and to synonyms the sets never used. Patterns, not
 * sentences; written against the screened text (see screenUtterance), Devanagari between spaces (JavaScript word
 * boundaries are ASCII-only).
 */
const CONCEPTS: Readonly<Record<string, RegExp>> = {
  finality:
    /\b(?:last (?:night|time|day|message|goodbye|wish|words)|final|goodbye|good bye|bye forever|forever|never again|no more|alvida|akhri|aakhri|antim|hamesha ke liye|phir kabhi|phir kab)\b|(?<!\S)(?:अलविदा|आखिरी|अंतिम|हमेशा\sके\sलिए|फिर\sकभी|फिर\sबात\sन)(?!\S)/,
  affairs_in_order:
    /\b(?:nominee|insurance|bima|policy|deeds?|papers|kaa?gaz|passwords?|pin|atm|passbook|pension|savings|transfer(?:red)?|paid back|paid off|debts? (?:cleared|paid)|karz chuka\w*|subscriptions?|instructions|funeral|sorted|settled?|nipta\w*|nipat\w*|saunp\w*|sambhal lena|naam kar (?:diya|di)|handed over|in order|just in case)\b|(?<!\S)(?:पासबुक|एटीएम|बीमा|बीमे|नॉमिनी|कागज\S*|सौंप\S*|निपटा\S*|वसीयत|किश्त|खाते\sमें|पेंशन)(?!\S)/,
  giving_away:
    /\b(?:gave away|giving away|give away|gifted|gave (?:her|him|them) my|saamaan|saman|saari cheezein|sab kuch (?:de|bech)|sold everything|bech diya|de (?:diya|diye|di) (?:sab|saara|apna))\b|(?<!\S)(?:सामान|सब\sबेच\S*|बेच\sदिया|दे\sदिए|दे\sदिया)(?!\S)/,
  farewell_message:
    /\b(?:letters?|note|notes|chitthi|chithi|khat|message|msg|sorry for everything|forgive me|maafi|maaf kar\w*|thank you|tell (?:my|her|him|them|mum|mom|dad)|(?:se|ko) (?:kehna|kahna|bolna|bata dena)|love (?:her|him|you|them))\b|(?<!\S)(?:चिट्ठी|पत्र|माफी|माफ\sकर\S*|(?:से|को)\s(?:कहना|बोलना)|प्रणाम\sकहना)(?!\S)/,
  burden:
    /\b(?:burden|bojh|better off|without me|(?:anyones|any ones|a) problem|taking up space|waste of (?:space|money)|no point spending|meri wajah se|mere bina|meri kami|(?:miss|notice) me|nobody would|koi farak|farq|fark|beech se hat|leftover|useless|bekaar|bekar|nikamma|nikammi)\b|(?<!\S)(?:बोझ|मेरे\sबिना|मेरी\sवजह\sसे|मेरी\sकमी|फर्क|बेकार|निकम्म\S*)(?!\S)/,
  calm_after_deciding:
    /\b(?:calm|peace|peaceful|relief|relieved|decision|decided|made up my mind|know what (?:i have )?to do|know how this ends|sukoon|sukun|shaant|shant|shanti|halka|tay ho|faisla|suljha|haar maan)\b|(?<!\S)(?:सुकून|शांत|शांति|हल्का|तय\sहो|फैसला|हार\sमान\S*)(?!\S)/,
  not_there_tomorrow:
    /\b(?:after tomorrow|from tomorrow|by tomorrow|wont be (?:around|here|there)|not be (?:around|here)|not (?:be )?coming back|kal se|kal ke baad|nahi rahunga|nahi rahungi|na rahu|nahi dekhega|nahi dekhna|chala jaunga|chali jaungi|nikal jaunga|subah na|wapas nahi|mera chehra|next year|agle saal)\b|(?<!\S)(?:कल\sसे|नहीं\sरहूंगा|नहीं\sरहूंगी|न\sरहूं|चला\sजाऊंगा|चली\sजाऊंगी|निकल\sजाऊंगा|सुबह\s(?:न|ना|ही\sन)|वापस\sनहीं|मेरी\sबारी)(?!\S)/,
  dangerous_place:
    /\b(?:tracks?|railway|bridge|roof|terrace|ledge|edge|cliff|river|quarry|highway|garage|chhat|chhath|pul|nadi|kuan|kuein|kuye|kuen|patri|railing|manzil|khidki|balcony)\b|(?<!\S)(?:पुल|नदी|कुएं|कुआं|छत|पटरी|रेलिंग|मंजिल|मुंडेर|पोखर|तालाब|खिडकी)(?!\S)/,
  hidden_injury:
    /\b(?:cover(?:ed|s)?|sleeves?|hide|hiding|brace|sunglasses|bruises?|scars?|nishaa?n|chot|dupatta|patti|you can guess why|kuch mat poochna)\b|(?<!\S)(?:निशान|चोट|पट्टी|छुपा\S*|छिपा\S*|ढक\S*|धारियां|फफोला)(?!\S)/,
  fear_at_home:
    /\b(?:scared|afraid|flinch\w*|tiptoe|eggshells|keep my voice low|darr?|dar lag\w*|kaanp\w*|kanp\w*|sehm\w*|mood dekh\w*|warna|varna|pichli baar|last time)\b|(?<!\S)(?:डर\S*|कांप\S*|सहम\S*|वरना|पिछली\sबार)(?!\S)/,
  means:
    /\b(?:pills?|tablets?|strips?|poison|rope|knife|blade|razor|insulin|gas|pesticide|sulphas|goliy\w*|goli|zeher|zehar|jahar|rassi|chaa?ku|dawai|dhatura|tezaa?b|acid|pistol|gun|katta|phanda|fanda|knots?)\b|(?<!\S)(?:गोलियां|गोली|जहर|रस्सी|चाकू|ब्लेड|इंसुलिन|दवा\S*|तेजाब|फंदा|पिस्तौल)(?!\S)/,
  dying:
    /\b(?:die|dying|death|dead|end it|end (?:my|this) life|maut|khatam|khudkushi|aatmahatya|suicide|jaan de\w*|zinda|jeena|jina|mar (?:ja\w*|gaya|gayi|gaye)|mar(?:na|ne|nay|unga|ungi|oon|u|jau\w*))\b|(?<!\S)(?:मौत|मर|मरना|मरने|मरूं|मरूंगा|मरूंगी|मरता|मरती|मरा|मरी|खत्म|खुदकुशी|आत्महत्या|जान\sदे\S*|जीना|जिंदा|अर्थी)(?!\S)/,
};

/** The names of the concepts and benign frames an utterance's screened text speaks of. */
export function conceptsOf(screened: string): string[] {
  return [...Object.keys(CONCEPTS).filter((name) => (CONCEPTS[name] as RegExp).test(screened)), ...benignFrames(screened)];
}
