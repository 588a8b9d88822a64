/**
 * Word classes the compositional crisis rules are built from. Each is a regex fragment (a non-capturing group)
 * written against normalizeUtterance()'s output: lower case, no apostrophes ("dont", "im"), "'ll" as " will".
 */

/** A non-capturing alternation of the given fragments, longest first so "wanna" wins over "want". */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

// English

/** Frames that put the speaker's desire, plan or readiness in front of an act: "I want to", "I'm ready to". */
export const EN_INTENT = alt([
  'want to',
  'wants to',
  'wanted to',
  'wanna',
  'wish to',
  'wish i could',
  'would like to',
  'id like to',
  'would rather',
  'rather',
  'going to',
  'gonna',
  'will',
  'plan to',
  'planning to',
  'plan on',
  'made a plan to',
  'ready to',
  'decided to',
  'decide to',
  'made up my mind to',
  'intend to',
  'about to',
  'thinking about',
  'thinking of',
  'thought about',
  'thought of',
  'think about',
  'feel like',
  'felt like',
  'urge to',
  'tempted to',
  'need to',
  'have to',
  'should just',
  'should',
  'might just',
  'might',
  'cant wait to',
  'trying to',
  'tried to',
  'try to',
  'longing to',
  'long to',
  'considering',
  'contemplating',
  'going to go and',
  'i just',
  'deserve to',
  'prepared to',
  'preparing to',
  'time for me to',
  'its time to',
  'time to',
]);

/** Adverbs that may sit between a frame and its verb ("want to just quietly die"). */
export const EN_FILLER =
  '(?:(?:just|really|finally|simply|quietly|actually|honestly|seriously|literally|maybe|probably|then|also|go and|go|to|now|tonight|today|soon|so badly|badly|so bad) )*';

/** Ways of dying or ceasing to be, said of oneself after an intent frame. */
export const EN_SELF_ENDING = alt([
  'dying',
  'ending (?:my (?:own )?life|it all|it|things|everything|myself|this life|my existence)',
  'killing myself',
  'taking my (?:own )?life',
  'hanging myself',
  'overdosing',
  'end this life',
  'end my existence',
  'finish myself(?: off)?',
  'finishing myself(?: off)?',
  'do away with myself',
  'take the extreme step',
  'taking the extreme step',
  'not live (?:anymore|any more)',
  'give up on (?:life|living)',
  'quit (?:life|living)',
  'never open my eyes again',
  'close my eyes forever',
  'sleep permanently',
  'die',
  'be dead',
  'end my life',
  'end my own life',
  'end it all',
  'end it',
  'end things',
  'end everything',
  'end myself',
  'put an end to (?:my life|it all|everything|myself|my existence)',
  'take my (?:own )?life',
  'kill myself',
  'off myself',
  'hang myself',
  'shoot myself',
  'drown myself',
  'poison myself',
  'stab myself',
  'not (?:be )?(?:alive|here|around) (?:anymore|any more|tomorrow|after)',
  'not exist',
  'not be alive',
  'check out (?:for good|permanently|of (?:life|this world|this life))',
  'stop existing',
  'stop living',
  'stop breathing',
  'stop being alive',
  'cease to exist',
  'not wake up',
  'never wake up',
  'disappear (?:forever|for good|permanently|from (?:this|the) world)',
  'vanish (?:forever|for good|permanently|from (?:this|the) world)',
  'leave this world',
  'leave (?:this|the) earth',
  'be gone (?:forever|for good)',
  'go for good',
  'sleep forever',
  'go to sleep forever',
  'not be born',
  'overdose',
  'od',
  'slit my (?:wrists?|throat)',
]);

/** Poisons by the trade and chemical names people buy them under in India: rat, crop and household poisons. */
const POISON_TRADE_NAMES = [
  'ratol',
  'baygon',
  'mortein',
  'tik ?20',
  'finis',
  'monocrotophos',
  'chlorpyri(?:ph|f)os',
  'phorate',
  'thimet',
  'paraquat',
  'quickphos',
  'aluminium phosphide',
  'cyanide',
  'endosulfan',
];
export const POISON_TRADE = alt(POISON_TRADE_NAMES);

/** Means of suicide that are intent on their own when a frame precedes them. */
export const EN_METHOD_ACT = alt([
  '(?:jump|jumping|step|stepping|throw myself|throwing myself|lie down|lying down|walk|walking) (?:off|from|in front of|under|onto|into) (?:a |an |the |this |that |our |my )?(?:\\w+ ){0,2}(?:train|truck|lorry|bus|car|metro|tracks?|bridge|roof|rooftop|building|terrace|cliff|balcony|floor|storey|window|flyover|river|sea|lake|well|traffic)',
  '(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|consume|down|downing) (?:the |some |a (?:bottle|cup|glass) of |all (?:the |of the |my )?|every )?(?:\\w+ )?(?:poison|rat poison|pesticide|insecticide|bleach|phenyl|acid|kerosene|toilet cleaner|harpic|weed killer)',
  `(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|consume|down|downing) (?:the |some |a (?:bottle|cup|glass) of |all (?:the |of the |my )?|every )?(?:\\w+ )?${POISON_TRADE}`,
  '(?:take|taking|swallow|swallowing|pop|popping|down|downing|eat|eating|overdose on) (?:all|every|each|the whole|a whole|too many|a handful of|a lot of|a bunch of|a bottle of|a strip of|\\d+|all of) (?:of )?(?:the |my |these |those |his |her )?(?:bottle of |strip of |pack of )?(?:\\w+ ){0,2}(?:pills?|tablets?|meds|medication|medicines?|painkillers|paracetamol|insulin)',
  '(?:hang|hanging) (?:myself )?(?:from|with) (?:the |a |my )?(?:ceiling )?(?:fan|rope|ceiling|beam|dupatta|scarf|belt)',
  '(?:cut|slit|slash) my (?:wrists?|veins?|throat)',
  '(?:crash|drive|steer|ram|swerve) (?:my |the )?(?:car|bike|scooter|motorcycle|motorbike) (?:into|off)',
]);

/** Things that can be made ready or kept for an attempt. */
export const EN_MEANS = alt([
  'rope',
  'noose',
  'pills',
  'tablets',
  'sleeping pills',
  'razor',
  'razor blade',
  'blade',
  'poison',
  'rat poison',
  'pesticide',
  'gun',
  'dupatta',
]);

/** Lethal means a person gets, keeps or hides for an attempt (wider than EN_MEANS: poisons by trade name too). */
export const EN_LETHAL_MEANS = alt([
  'rope',
  'noose',
  'pills',
  'tablets',
  'sleeping pills',
  'sleeping tablets',
  'painkillers',
  'paracetamol',
  'poison',
  'rat poison',
  'pesticide',
  'insecticide',
  'weed ?killer',
  'bleach',
  'phenyl',
  'harpic',
  'toilet cleaner',
  'acid',
  'kerosene',
  'charcoal',
  'helium',
  'gun',
  'bullets',
  'sulphas',
  'celphos',
  ...POISON_TRADE_NAMES,
]);

/** What makes getting or keeping means a preparation: hiding it, a purpose, a time, the nerve still to find. */
export const EN_PREPARATION_CUE = alt([
  'what (?:its|it is|theyre|they are|its really|theyre really) for',
  'for (?:myself|me|tonight|later|the end|when the time comes|when im ready|when i am ready|the day)',
  '(?:im|i am|ill|i will|im going to|going to|gonna) (?:taking|take|drinking|drink|using|use|swallowing|swallow|eating|eat) (?:it|them|all of (?:it|them))',
  'just in case',
  'nobody knows',
  'no one knows',
  'noone knows',
  'hidden',
  'hid (?:it|them)',
  'hiding (?:it|them)',
  'in secret',
  'secretly',
  'under my (?:pillow|bed|mattress)',
  'the courage',
  'the nerve',
  'when im ready',
]);

/** Verbs of hurting oneself. */
export const EN_HARM_VERB = alt([
  'cut',
  'cuts',
  'cutting',
  'hurt',
  'hurts',
  'hurting',
  'harm',
  'harms',
  'harmed',
  'harming',
  'burn',
  'burns',
  'burned',
  'burnt',
  'burning',
  'scratch',
  'scratched',
  'scratching',
  'punish',
  'punished',
  'punishing',
  'starve',
  'starved',
  'starving',
  'punch',
  'punched',
  'punching',
  'slash',
  'slashed',
  'slashing',
  'carve',
  'carved',
  'carving',
  'bruise',
  'bruised',
  'stab',
  'stabbed',
  'stabbing',
  'injure',
  'injured',
  'injuring',
  'bite',
  'bit',
  'biting',
  'choke',
  'choking',
  'strangle',
  'strangling',
  'suffocate',
  'suffocating',
]);

/** Oneself or a part of one's own body. */
export const EN_SELF_BODY =
  '(?:myself|my (?:own )?(?:arms?|wrists?|skin|thighs?|legs?|body|hands?|stomach|face|chest|hips?|ankles?|forearms?))';

/** Marks of deliberate, repeated or tooled self-injury after the act. */
export const EN_DELIBERATE = alt([
  'on purpose',
  'deliberately',
  'intentionally',
  'again',
  'every (?:day|night|time|week)',
  'until',
  'till',
  'to feel',
  'to punish',
  'to cope',
  'to calm',
  'so (?:that )?(?:i|it)',
  'when i (?:feel|get|am|m)',
  'whenever',
  'with (?:a |the |my |some )?(?:razor|blade|knife|lighter|cigarettes?|iron|compass|scissors|glass|pin|needle|nails?|matches|match|hot)',
  'because i deserve',
  'as punishment',
  'for punishment',
  'secretly',
  'in secret',
  'so nobody',
  'so no one',
]);

/** People who may be hurting the speaker: pronouns and relations (anyone introduced with "my"). */
export const EN_PERSON = `(?:\\b(?:he|hes|she|shes|they|theyre|someone|somebody|people|a man|a guy|some guy|some man|men|boys|my (?:\\w+ ){0,2}?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|father|dad|daddy|papa|stepfather|stepdad|mother|mom|mum|mummy|stepmother|stepmom|brother|sister|uncle|aunt|cousin|in laws|mother in law|father in law|teacher|tutor|coach|boss|manager|supervisor|colleague|coworker|driver|doctor|principal|warden|guru|priest|fiance|landlord|neighbou?r|grandfather|grandpa|nana|dada|chacha|mama|bhaiya|son|daughter|family|parents|relative|husbands? family|sasur|saas|senior|classmates?|roommate|flatmate|employer|owner|friend|friends)|(?:husband|father|dad|uncle|stepfather|brother|boyfriend|partner))\\b)`;

/** Physical violence done to the speaker, as "<verb> me"; exceptions keep games and pressure out. */
export const EN_VIOLENCE_ME = alt([
  '(?:hits?|hitting) me(?! up| with (?:a |new |more |so |this |that |questions|news|work|tasks|emails|calls|the news|facts|reality))',
  '(?:beats?|beating|beat) me(?! at| in (?!front|the (?:face|head|stomach|back|chest))| to (?:it|the)| by)',
  'beat me up',
  'beaten me',
  '(?:push(?:es|ed|ing)?|shov(?:e|es|ed|ing)) me(?! to| towards| for| harder| hard| too| into (?!(?:the |a |an )?(?:wall|door|stairs|staircase|cupboard|almirah|glass|table|floor|ground|car|room|fire|well|drain)\\b))',
  '(?:slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?) me(?! out)',
  '(?:chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)) me',
  '(?:burn(?:s|ed|t|ing)?) me(?! out)',
  '(?:threw|throws|throw|throwing) me (?:on|onto|against|to|down|across|off|into)',
  '(?:grab(?:s|bed|bing)?|squeez(?:e|es|ed)|press(?:es|ed)?) my (?:neck|throat)',
  '(?:burn(?:s|ed|t|ing)?|cut(?:s|ting)?|whip(?:s|ped|ping)?|twist(?:s|ed)?|hit(?:s|ting)?|beat(?:s|ing)?) my (?:hands?|arms?|face|back|legs?|body|skin|fingers?)(?! with (?:a |new |more )?(?:question|task|work|news))',
  '(?:drag(?:s|ged|ging)?) me',
  '(?:grab(?:s|bed|bing)?) me (?:by|and|hard|roughly)',
  '(?:threw|throws|throw|throwing) (?:\\w+ )?(?:things|plates|stuff|a \\w+|the \\w+) at me',
  'spit(?:s|ting)? on me',
  '(?:pin(?:s|ned|ning)?) me (?:down|against|to)',
  '(?:pull(?:s|ed|ing)?|yank(?:s|ed)?) my hair',
  '(?:twist(?:s|ed)?) my arm',
  'rais(?:e|es|ed) (?:his|her|their) hand on me',
  'lay (?:a )?(?:hand|finger) on me',
  '(?:grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|flash(?:es|ed)) me',
  'felt me up',
  'harass(?:es|ed|ing)? me sexually',
  'sexually harass(?:es|ed|ing)? me',
  '(?:touch(?:es|ed|ing)?) me(?! (?:on the shoulder|gently|to wake))',
  '(?:rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|abus(?:e|es|ed|ing)) me',
  '(?:lock(?:s|ed|ing)?) me (?:in|inside|up|out)',
  'threaten(?:s|ed|ing)? me',
  '(?:starv(?:e|es|ed|ing)) me',
  'hurt(?:s|ing)? me (?:physically|badly|with|every|when|again)',
  'physically hurt(?:s|ing)? me',
  '(?:assault(?:s|ed|ing)?|attack(?:s|ed|ing)?) me',
  'forc(?:e|es|ed|ing) me (?:to (?:have sex|sleep with|do (?:sexual |dirty )?things|touch|undress|watch porn|kiss)|into (?:sex|bed))',
]);

/** Verbs of a threat on one's life or body, as "<verb> me". */
export const EN_LETHAL_ME = alt([
  'kill',
  'murder',
  'hurt',
  'burn',
  'stab',
  'shoot',
  'strangle',
  'attack',
  'rape',
  'beat',
  'choke',
  'throw acid on',
  'finish',
  'finish (?:me )?off',
  'end',
  'do something to',
]);

/** Frames that turn a violent verb into a threat or an attempt: "will", "threatened to", "is coming to". */
export const EN_THREAT = alt([
  'will',
  'is going to',
  'are going to',
  'going to',
  'gonna',
  'is gonna',
  'wants to',
  'want to',
  'threatened to',
  'threatens to',
  'threaten to',
  'threatening to',
  'trying to',
  'tried to',
  'is trying to',
  'said he would',
  'said she would',
  'said they would',
  'said he will',
  'said she will',
  'said they will',
  'says he will',
  'says she will',
  'is coming to',
  'came to',
  'might',
  'would',
]);

// Romanised Hindi (Hinglish)

export const HI_SELF =
  '(?:main|mai|mein|me|mujhe|muje|mujhko|mera|meri|mere|hum|humko)';
export const HI_WANT =
  '(?:chahta|chahti|chahte|chahata|chahati|chaahta|chaahti|chata|chati)';
export const HI_NOT = '(?:nahi|nahin|nai|nhi|nahee|na)';
/** "dunga / dungi / du / doon / dena / deni hai" and friends, for compound verbs (jaan de dunga). */
export const HI_GIVE =
  '(?:dunga|dungi|du|dun|doon|dena|deni|dene|denge|de dunga|de dungi|de du|deta|deti)';
/** A person who may be hurting the speaker (subject of a Hindi sentence). */
export const HI_WHO =
  '(?:woh|wo|vo|voh|pati|husband|sasur|saas|papa|pitaji|pappa|baba|abba|abbu|bhai|bhaiya|chacha|chachu|mama|mamu|boyfriend|bf|devar|jeth|nanad|koi|log|sasural wale|sasural waale|ghar wale|gharwale|teacher|sir|uncle|padosi|maalik|malik|seth|mummy|maa|ammi|stepfather|sautela|sauteli)';
/** Violent verbs in the forms people use for habitual, past or threatened violence. */
export const HI_VIOLENCE = alt([
  'maarta',
  'maarti',
  'maarte',
  'peet ?ta',
  'peet ?ti',
  'peet ?te',
  'peeta',
  'peeti',
  'peete',
  'pitta',
  'pitai (?:karta|karti|karte|ki|hoti)',
  'thappad (?:maarta|maarti|maarte|mara|maara|maari|diya|deta|deti)',
  'laat (?:maarta|maarti|maarte|mari|maari|maara)',
  'dhakka (?:diya|deta|deti|dete|de diya|maara)',
  '(?:ghoonsa|ghusa|mukka|mukke) (?:maarta|maara|maari|mare)',
  'gala (?:dabata|dabati|dabaya|dabaate|daba)',
  'baal (?:kheenchta|khinchta|kheenchti|kheencha|pakad)',
  'haath utha (?:deta|deti|dete|diya|leta|leti)',
  'haath uthata',
  'haath uthaya',
  'haath uthati',
  '(?:cigarette|garam|press|iron) se jala\\w*',
  '(?:kamre|ghar|room|bathroom) (?:mein|me|main) band (?:kar (?:deta|deti|dete|diya|rakha|rakhta)|rakhta|rakha)',
  'galat (?:tarah|tareeke|tarike|jagah|jagah pe|nazar) (?:se )?(?:chhoo|chhu|chu|choo|touch|haath)\\w*',
  '(?:ganda|gandi|bad) (?:touch|harkat)',
  'zabardasti (?:karta|karti|karte|ki|kiya)',
  '(?:chhoone|chhune|chune|touch karne|pakadne) ki koshish (?:karta|karte|karti|ki|kiya|kar)\\w*',
]);

/** Lethal means in romanised Hindi, with the household names of poisons ("chuhe maarne wali dawai", "khet wali dawai"). */
export const HI_LETHAL_MEANS = alt([
  'rassi',
  'rope',
  'phanda',
  'fanda',
  'zeher',
  'zehar',
  'jahar',
  'jeher',
  'poison',
  'goliyan',
  'goliyaan',
  'goliya',
  'sleeping pills',
  'neend ki goli\\w*',
  'keetnashak',
  'kitnashak',
  'pesticide',
  'sulphas',
  'sulfas',
  'celphos',
  'phenyl',
  'harpic',
  ...POISON_TRADE_NAMES,
  'tezaab',
  'tezab',
  'acid',
  '(?:chuha|chuhe|chuhon) (?:maar|mar)\\w* (?:wali |waali |ki |ka )?(?:dawai|dawa|davai|goli|zeher|poison)',
  '(?:keede|keedon|keeda) (?:ki|maar\\w*|wali) (?:dawai|dawa)',
  'khet (?:wali|ki|mein daalne wali) (?:\\w+ )?(?:dawai|dawa)',
  'bijli (?:ka|ki|ke|wala|wali|waala|waali) (?:\\w+ ){0,2}?taar',
]);

/** What makes getting or keeping means a preparation in romanised Hindi: hiding, hoarding, secrecy, the nerve, a time. */
export const HI_PREPARATION_CUE = alt([
  'kisi ko (?:nahi|na|nhi) pata',
  'kisiko (?:nahi|na|nhi) pata',
  'chhupa\\w*',
  'chupa\\w*',
  'chhipa\\w*',
  'jama (?:kar|ki|kiya|kar li|kar rahi|kar raha)\\w*',
  'ikatth\\w*',
  'himmat',
  '(?:kha|pee|pi|nigal|pakad) (?:lunga|lungi|loonga|loongi|lu|lun)',
  '(?:khane|khaane|peene|pine|nigalne|lagane|pakadne) (?:wala|wali|wale) (?:hu|hoon|hun)',
  'apne liye',
  'khud ke liye',
  'taiyar (?:hai|rakhi|rakha)',
  'tayyar (?:hai|rakhi|rakha)',
  'kaafi ho (?:gayi|gayin|gaye)',
]);

// Devanagari

/** Poisons, pills and household chemicals in Devanagari, as people name them (brands and farm poisons included). */
/** Poisons by trade name in Devanagari, as speech-to-text writes them once the nukta is gone. */
const HI_DEVA_TRADE_NAMES = ['फोरेट', 'रेटोल', 'रैटोल', 'बेगॉन', 'मोनोक्रोटोफॉस', 'सेल्फोस', 'सेलफास', 'क्विकफॉस', 'थिमेट'];
export const HI_DEVA_POISON_TRADE = alt(HI_DEVA_TRADE_NAMES);

export const HI_DEVA_POISON = alt([
  'जहर',
  'कीटनाशक',
  'सल्फास',
  ...HI_DEVA_TRADE_NAMES,
  'फिनाइल',
  'हार्पिक',
  'टॉयलेट\\sक्लीनर',
  'तेजाब',
  'एसिड',
  'केरोसिन',
  'मिट्टी\\sका\\sतेल',
  'चूहे\\sमार\\S*\\s(?:\\S+\\s)?दवा',
  'नींद\\sकी\\s(?:\\S+\\s)?गोली\\S*',
  'गोलियां',
  'गोलियों',
  'पिल्स',
  'दवाइयां',
]);
