import type { CrisisRule } from './crisis-rule.js';
import {
  HI_GIVE,
  HI_NOT,
  HI_SELF,
  HI_VIOLENCE,
  HI_WANT,
  HI_WHO,
} from './lexicon.js';

// Compositional Hindi rules, romanised and Devanagari: (self) x (dying / ending life / harming oneself) with
// a future, subjunctive or wanting verb form, and (someone) x (violent verb) x (me). Devanagari uses no \b
// (JavaScript word boundaries are ASCII-only).

const rx = (source: string) => new RegExp(source);

/** "mar" (die) in the forms of wanting or deciding to: marna, mar jaana, mar jaun, mar jaunga, marne ka. */
const DIE = `mar(?:na|ne| jaa?na| jaa?ne| jaa?u| jaa?un| jaa?oon| jaa?unga| jaa?ungi| jaa?oonga| jaa?oongi| hi jaa?un| jaa?ye)`;
/** Ending: zindagi / jaan / life / khud ko / sab + khatam / end. */
const LIFE = '(?:zindagi|zindgi|jindagi|jindgi|jeevan|jivan|life|jaan)';

export const HINDI_CONCEPT_RULES: readonly CrisisRule[] = [
  // Suicidal intent, romanised.
  {
    id: 'hi.c.self-x-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b${HI_SELF}\\b(?: \\w+){0,3}? ${DIE} (?:hi |hee |bas |ab )?(?:hai|h|he|${HI_WANT}|wala|wali|wale|ka (?:mann?|dil|irada|iraada|socha|soch|plan|faisla)|ki (?:iccha|ichha|soch)|ka socha|hoon|hun|hu)\\b|\\b${DIE} ${HI_WANT}\\b`,
    ),
  },
  {
    id: 'hi.c.give-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\bjaan (?:de|dena|dene|deni) (?:${HI_GIVE}|${HI_WANT}|hai|ka (?:mann?|soch|socha|irada)|wala|wali|wale)\\b`,
    ),
  },
  {
    id: 'hi.c.end-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b(?:${LIFE}|khud ?ko|apne aap ?ko|apne ko) (?:ko )?(?:khatam|khatm|khtm|end|samapt) (?:kar|karne|karna|kar ?d|kar ?l)\\w*|\\bsab(?: kuch)? (?:khatam|khatm|khtm|end) (?:kar |kar ?d|kar ?l)(?:${HI_GIVE}|unga|ungi|dunga|dungi|lunga|lungi|lu|loon|lun)\\b`,
    ),
  },
  {
    id: 'hi.c.no-living',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b(?:zinda|jinda|jeevit) ${HI_NOT} (?:rahunga|rahungi|rahoonga|rahoongi|bachunga|bachungi)\\b|\\b(?:jeene|jine|zinda rehne) (?:ki|ka) (?:ichha|iccha|mann?|chaah|umeed|ummeed|wajah) (?:hi |bhi )?(?:khatam|mar|chali|nahi rahi)\\w*|\\b(?:hat|mit|gayab) (?:jaa?ta|jaa?ti|jaa?unga|jaa?ungi|jaa?un) (?:hoon |hun |hu )?hamesha ke liye\\b|\\bhamesha ke liye (?:hat|mit|gayab) (?:jaa?unga|jaa?ungi|jaa?un|jaana)\\b|\\b(?:jee?na|jina|zinda rehna|zinda rahna|jinda rehna) (?:hi |ab |aur |bilkul )?${HI_NOT} (?:hai|h|${HI_WANT}|chahiye)\\b|\\b${HI_NOT} (?:jee?na|jina|zinda rehna) (?:hai|${HI_WANT})\\b|\\b(?:jeene|jine|zinda rehne) (?:ka|ki) (?:koi )?(?:haq|hak|wajah|vajah|reason|matlab|maksad|iccha|ichha|mann?) ${HI_NOT}\\b`,
    ),
  },
  {
    id: 'hi.c.leave-world',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:is |iss )?duniya (?:se |ko )(?:chala|chali|chale|alvida|chhod|chod)\w*(?: (?:jaana|jana|jaun|jaaun|jaunga|jaungi|du|dun|dunga|dungi|dena))?\b|\bhamesha ke liye (?:chala|chali|so) (?:jaun|jaaun|jaunga|jaungi|jaana|jana)\b/,
  },
  {
    id: 'hi.c.method',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:phaa?nsi|faa?nsi|phanda|fanda|phande|fande)\b|\b(?:zeher|zehar|jeher|jehar|jahar|zahar|poison|keetnashak|kitnashak|pesticide|phenyl|tezaab|tezab|(?:chuha|chuhe|chuhon) (?:maar|mar)\w* (?:ki |ka )?(?:dawai|dawa|davai|goli|zeher))\b.{0,15}\b(?:kha|khaa|pee|pi|pe|le|lu|nigal)\w*|\b(?:saari|sari|sab|saare|bahut saari|dher saari|ek saath|poori|puri|\d+)\b.{0,20}\b(?:goliyan|goliyaan|goli|golia|pills|tablets|dawaiyan|dawaiyaan)\b.{0,15}\b(?:kha|khaa|nigal|le)\w*|\b(?:chhat|chat|chhath|terrace|building|pul|bridge|balcony|chhajje|neeche|niche|khidki)\b.{0,12}\b(?:kood|kud|koodna|kudna|chhalang)\w*|\b(?:train|metro|truck|bus|gaadi|gadi) ke (?:aage|neeche|niche|samne|saamne)\b/,
  },
  {
    id: 'hi.c.cannot-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:nahi|na|nhi) (?:jiya|jeeya) (?:jaata|jata|jaati|jati)\b|\b(?:jiya|jeeya) (?:nahi|na|nhi) (?:jaata|jata|jaati|jati)\b|\b(?:ab|aur) (?:jee|ji) (?:nahi|na|nhi) (?:sakta|sakti|paunga|paungi|paa raha|paa rahi)\b|\b(?:chala|chali|chale) (?:jaun|jaaun|jaunga|jaungi|jaaunga|jaaungi|jaana|jana) hamesha ke liye\b|\bmar(?:ne|na) (?:ki|ka) (?:tayyari|taiyari|taiyyari|tayari|faisla|faisala|intezaam|intezam|tareeka|tarika|tarike)\b/,
  },
  {
    id: 'hi.c.life-x-end',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:zindagi|zindgi|jindagi|jindgi|life|jeevan)\b.{0,40}\b(?:khatam|khatm|khtm|end) (?:karna|karni|karne|kar (?:du|dun|doon|dunga|dungi|lu|lun|loon|lunga|lungi|dena|deni))\b/,
  },
  {
    id: 'hi.c.better-dead-or-no-reason',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: rx(
      `\\b${DIE}\\b (?:toh|to) (?:hi )?(?:theek|thik|accha|acha|achha|behtar|better|sukoon|aaram)\\b|\\b(?:wajah|vajah|matlab|maksad|reason|karan) ${HI_NOT} (?:bachi|bacha|rahi|raha|hai|dikhti)\\b.{0,10}\\b(?:jeene|jine|zinda rehne) (?:ki|ka|ke)\\b`,
    ),
  },
  {
    id: 'hi.c.die-emphatic',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\bmar (?:jaa?unga|jaa?ungi|jaa?oonga|jaa?oongi)\b(?: (?:main|mai))?.{0,25}\b(?:sach (?:mein|me|bol|keh|kah)|pakka|seriously|promise|kasam|aaj raat|aaj hi|dekhna)\b|\b(?:sach (?:mein|me)|pakka|seriously|aaj raat|aaj hi)\b.{0,15}\bmar (?:jaa?unga|jaa?ungi|jaa?oonga|jaa?oongi)\b/,
  },
  {
    id: 'hi.c.pills-postposed',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:goliyan|goliyaan|goli|golia|pills|tablets|dawaiyan|dawaiyaan)\b.{0,20}\b(?:kha|khaa|nigal|le)\w*\b.{0,20}\b(?:saari|sari|saare|sab|ek saath|poori|puri|bahut saari)\b/,
  },
  {
    id: 'hi.c.leave-world-postposed',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:chala|chali|chale) (?:jaa?unga|jaa?ungi|jaa?un|jaana|jana) (?:is |iss )?duniya (?:se|chhod ke)\b/,
  },
  {
    id: 'hi.c.means-got',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:rassi|rope|phanda|fanda|zeher|zehar|jahar|poison|goliyan|goliyaan|sleeping pills|blade|keetnashak)\b.{0,15}\b(?:le li|le aaya|le aayi|le aai|kharid li|khareed li|kharid liya|khareed liya|rakh li|rakh liya|chhupa|chupa|ready|taiyar|tayyar|jama)\w*/,
  },
  // Suicidal intent, indirect.
  {
    id: 'hi.c.after-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: rx(
      `\\bmere (?:jaane|marne|na rehne|na rahne|chale jaane) (?:ke baad|se)\\b|\\b(?:main|mai) (?:na|nahi) (?:rahun|rahu|rahoon|rahoo|rahunga|rahungi|rahe)\\b.{0,30}\\b(?:farak|fark|farq|kya|koi|kisi)\\b|\\b(?:kisi|koi)\\b.{0,10}\\b(?:farak|fark|farq) ${HI_NOT} (?:padega|padta|padegi)\\b`,
    ),
  },

  // Self-harm, romanised.
  {
    id: 'hi.c.self-harm',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:khud ?ko|apne aap ?ko|apne ko)\b.{0,10}\b(?:nuksan|nuksaan|nuqsaan|nukasan|nuksaan|chot|hurt|harm|cut|kaat|jala|dard|takleef|saza|sazaa|zakhm|zakham|ghaav|maar|mar|blade|punish|tadpa)\w*|\b(?:apni|apne|meri|mere)\b.{0,6}\b(?:kalai|kalaai|nas|nasen|naso|baazu|bazu|jaangh)\b.{0,10}\b(?:kaat|kat|jala|blade|cut)\w*|\b(?:apna|apne|mera)\b.{0,6}\b(?:haath|hath|sar|sir|mukka)\b.{0,15}\b(?:deewar|diwar|wall)\b.{0,10}\b(?:maar|mar|patak|pata|de)\w*/,
  },
  {
    id: 'hi.c.until-blood',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern:
      /\bjab tak (?:khoon|khun|blood) (?:na|nahi|nhi) (?:nikle|nikalta|aaye|aata)\b/,
  },

  {
    id: 'hi.c.self-harm-tool',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:blade|razor|chaku|chaaku|chakku|knife|compass|kaanch|glass|cigarette)\b (?:se|ke saath)\b.{0,25}\b(?:kaat|kat|cut|jala|nishaan|nishan)\w*|\b(?:apna|apni|apne)\b (?:\w+ )?(?:haath|hath|kalai|kalaai|bazu|baazu|pair|jaangh|skin|chamdi)\b (?:\w+ )?(?:kaat|kat|jala|cut)\w*/,
  },
  // Immediate danger, romanised.
  {
    id: 'hi.c.threat',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `\\b${HI_WHO}\\b.{0,30}\\b(?:mujhe|muje|mujhko)\\b.{0,12}\\b(?:jaan se )?(?:maar|mar|jala|kaat|khatam kar) (?:dalega|daalega|dalegi|daalegi|dega|degi|denge|dalenge|daalenge|daal dega|dal dega|dalne|daalne|dene)\\b|\\b(?:maar|maarne|marne|jala|jalane|jala dene|tezaab|tezab|acid|kaat|kaatne|jaan se)\\w*\\b.{0,20}\\bdhamki\\b`,
    ),
  },
  {
    id: 'hi.c.not-safe',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `\\b(?:safe|surakshit) ${HI_NOT} (?:hoon|hun|hu|hoo|lagta|lagti|mehsoos|feel|hai)\\b|\\bghar (?:jaane|jane|jaate|jate|wapas jaane) se (?:dar|darr|daar|ghabrahat)\\b|\\bghar (?:pe|par|mein|me) (?:dar|darr) (?:lagta|lagti)\\b`,
    ),
  },

  {
    id: 'hi.c.armed',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:chaku|chaaku|chakku|chhura|chura|knife|bandook|banduk|gun|pistol|katta|talwar|tezaab|tezab|acid|kerosene|petrol)\b (?:dikha|dikhaa|dikhake|dikhakar)\w*(?: ke| kar)?\b.{0,20}\b(?:dhamka|dhamki|dara|darata|maar)\w*|\b(?:chaku|chaaku|chakku|chhura|chura|knife|bandook|banduk|gun|pistol|katta|talwar|tezaab|tezab|acid|kerosene|petrol)\b (?:le ?ke|leke|lekar|le kar|ke saath|liye|haath mein)\b.{0,15}\b(?:aa|khada|khadi|ghoom|baitha|dhoond|daudaa|pichhe)\w*/,
  },
  {
    id: 'hi.c.jaan-se-maar',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\bjaan se (?:maar|mar|khatam kar) (?:\w+ )?(?:dega|degi|denge|dalega|daalega|dalegi|daalegi|dalenge|daalenge|dunga|dungi|doonga)\b/,
  },
  {
    id: 'hi.c.bad-touch',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:chhua|chhuya|chua|chhoota|chhuta|chhoote|chhute|chhooti|chhuti|chhuta|touch (?:kiya|karta|karte|karti))\b.{0,15}\bgalat (?:tarah|tareeke|tarike|jagah|nazar|irade|irade se)\b|\b(?:chhua|chhuya|chhoota|chhuta|chhoote|chhute|touch kiya|touch karta|touch karte) (?:wahan|vahan|private|andar)\b/,
  },
  {
    id: 'hi.c.intruder',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:koi|chor|aadmi|log|ladke|do log|kuch log)\b.{0,25}\b(?:ghar|kamre|room|flat)\b (?:mein|me|main) (?:ghus|ghusa|ghuse|ghusne)\w*/,
  },
  {
    id: 'hi.c.not-safe-feel',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `\\b(?:safe|surakshit) (?:feel|mehsoos) ${HI_NOT} (?:hota|hoti|karta|karti|kar pata|kar pati)\\b`,
    ),
  },

  // Abuse, romanised.
  {
    id: 'hi.c.who-mujhe-violence-clause',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: rx(
      `\\b${HI_WHO}\\b.{0,15}\\b(?:mujhe|muje|mujhko)\\b.{0,50}\\b(?:maarta|maarti|maarte|peet ?ta|peet ?ti|peet ?te|pitai karta|pitai karti) (?:hai|hain|h|tha|the|thi)\\b`,
    ),
  },
  {
    id: 'hi.c.control',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /\b(?:mujhe|muje)\b.{0,20}\b(?:bahar|ghar se bahar|kisi se milne|kahin) (?:nahi|nhi) (?:jaane|jane|milne|nikalne) (?:deta|deti|dete)\b|\bmera phone (?:chheen|chhin|cheen) (?:leta|leti|lete)\b/,
  },
  {
    id: 'hi.c.who-x-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: rx(
      `\\b${HI_WHO}\\b(?: \\w+){0,5}? ${HI_VIOLENCE}\\b|\\b(?:mujhe|muje|mujhko|mere saath|meri)\\b(?: \\w+){0,3}? (?:${HI_VIOLENCE}|(?:marta|marti|marte) (?:hai|hain|h|tha|the|thi)|(?:mara|maara|maari|mari|peeta|peeti|pita) (?:aur|tha|thi|hai|ki|ke))\\b`,
    ),
  },

  // Devanagari.
  {
    id: 'hi-deva.c.self-x-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?:मैं|मुझे|मेरा|मेरी)(?:\s\S+){0,3}?\sमर(?:ना|ने|\sजाना|\sजाने|\sजाऊं|\sजाऊंगा|\sजाऊंगी|\sजाउं|\sजाउंगा|\sजाउंगी)\s(?:ही\s)?(?:है|चाहता|चाहती|चाहते|वाला|वाली|का\sमन|की\sइच्छा)|जान\sदे\s(?:दूंगा|दूंगी|दूं|दूँ|दूँगा|दूँगी)/,
  },
  {
    id: 'hi-deva.c.end-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?:जिंदगी|जिन्दगी|ज़िंदगी|जीवन|खुद\sको|अपने\sआप\sको)\s(?:को\s)?(?:खत्म|ख़त्म|समाप्त)\s(?:कर|करना|करने|कर\sदूं|कर\sलूं)|(?:जीना|जिंदा\sरहना|जिन्दा\sरहना)\s(?:ही\s|अब\s)?(?:नहीं|नही)\s(?:है|चाहता|चाहती|चाहिए)|(?:नहीं|नही)\sजीना(?:\sहै|\sचाहता|\sचाहती|$)|दुनिया\s(?:से\sचला|से\sचली|(?:को\s)?छोड़|(?:को\s)?छोड)|फांसी|फंदा|फंदे|(?:जहर|ज़हर|कीटनाशक)\s(?:\S+\s){0,2}?(?:खा|पी|पे|ले)|(?:नस|नसें|कलाई)\s(?:\S+\s)?काट|(?:छत|पुल|बिल्डिंग|बालकनी|टेरेस)\sसे\s(?:नीचे\s)?कूद/,
  },
  {
    id: 'hi-deva.c.cannot-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?:नहीं|नही|ना)\sजिया\sजाता|जिया\s(?:नहीं|नही)\sजाता|(?:चला|चली)\s(?:जाऊं|जाऊंगा|जाऊंगी|जाना)\sहमेशा\sके\sलिए|हमेशा\sके\sलिए\s(?:चला|चली|सो)\s(?:जाऊं|जाऊंगा|जाऊंगी|जाना)|मरने\s(?:की|का)\s(?:तैयारी|योजना|सोच|फैसला|इरादा)/,
  },
  {
    id: 'hi-deva.c.never-wake-away',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:कभी|फिर)\s(?:कभी\s)?(?:न|ना|नहीं|नही)\s(?:उठूं|उठूँ|उठू|उठना|जागूं|जागूँ|जागू)|काश\s(?:मैं|मै)\s(?:\S+\s){0,2}?(?:पैदा|मर)\s|(?:चला|चली)\sजाऊं\S*\s(?:\S+\s){0,3}?हमेशा\sके\sलिए/,
  },
  {
    id: 'hi-deva.c.after-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /मेरे\s(?:जाने|मरने|ना\sरहने|न\sरहने)\s(?:के\sबाद|से)|(?:जीने|जिंदगी|ज़िंदगी|जिन्दगी)\s(?:का|की)\s(?:कोई\s)?(?:मतलब|मकसद|वजह|फायदा|कारण)\s(?:नहीं|नही)|(?:मैं|मै)\s(?:ना|न)\s(?:रहूं|रहूँ|रहू)/,
  },
  {
    id: 'hi-deva.c.self-harm',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /(?:खुद|अपने\sआप|अपने)\s?को\s(?:\S+\s)?(?:चोट|नुकसान|हर्ट|दर्द|काट|सजा|सज़ा|जला|जख्म|ज़ख्म)|(?:हाथ|कलाई|बांह|जांघ)\s(?:पर|पे|में)\s(?:ब्लेड|चाकू|कट)|(?:अपनी|मेरी)\s(?:कलाई|नस|बांह|जांघ)\s(?:\S+\s)?(?:काट|जला)/,
  },
  {
    id: 'hi-deva.c.danger',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /(?:सुरक्षित|सेफ)\s(?:नहीं|नही)\s(?:हूं|हूँ|हू|लगता|लगती|महसूस|है)|घर\s(?:जाने|वापस\sजाने)\sसे\sडर|मुझे\s(?:जान\sसे\s)?(?:मार|जला)\s(?:डालेगा|डालेगी|डालेंगे|देगा|देगी|देंगे|दूंगा)|(?:मारने|जलाने|जान\sसे\sमारने|तेजाब|तेज़ाब)\s(?:\S+\s){0,2}?धमकी/,
  },
  {
    id: 'hi-deva.c.tools',
    kinds: ['self_harm', 'immediate_danger'],
    signal: 'explicit',
    pattern:
      /(?:ब्लेड|चाकू|कांच)\sसे\s(?:\S+\s){0,3}?काट|(?:चाकू|छुरा|बंदूक|तलवार|तेजाब)\s(?:लेकर|ले\sके|लिए)\s(?:\S+\s)?(?:आ|खड़ा|खडा|घूम)/,
  },
  {
    id: 'hi-deva.c.abuse',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /मुझे\s(?:\S+\s){0,3}?(?:मारता|मारते|मारती|पीटता|पीटते|पीटती|पिटाई|थप्पड़|थप्पड|लात|धक्का)|(?:मारता|मारते|मारती|पीटता|पीटते|पीटती)\s(?:\S+\s){0,2}?मुझे|गलत\s(?:तरीके|तरह|जगह|ढंग)\sसे\sछू|(?:कमरे|घर)\s(?:में|मे)\sबंद\sकर|गला\sदबा|हाथ\sउठा|धक्का\s(?:दिया|देता|देती|दे)/,
  },
];
