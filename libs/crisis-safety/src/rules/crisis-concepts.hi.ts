import type { CrisisRule } from './crisis-rule.js';
import {
  HI_DEVA_POISON,
  HI_DEVA_POISON_TRADE,
  POISON_TRADE,
  HI_GIVE,
  HI_LETHAL_MEANS,
  HI_NOT,
  HI_PREPARATION_CUE,
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

  // Means and preparations, romanised: getting, hiding or hoarding means; tying a ligature; asking how; taking poison.
  {
    id: 'hi.c.means-prepared',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern: rx(
      `\\b${HI_LETHAL_MEANS}\\b.{0,60}\\b${HI_PREPARATION_CUE}|\\b${HI_PREPARATION_CUE}.{0,40}\\b${HI_LETHAL_MEANS}\\b`,
    ),
  },
  {
    id: 'hi.c.cutting-means-hidden',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern:
      /\b(?:blade|blades|razor|bled)\b.{0,40}\b(?:chhupa|chupa|chhipa|chipa|chhup|chup)\w*/,
  },
  {
    id: 'hi.c.ligature',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*\b(?:pankh[ae]|fan|kunde|kunda|hook|chhat|ceiling|garder|girder|rod)\b)(?=.*\b(?:phanda|fanda|phaa?nsi|faa?nsi|rassi|dupatta|chunni|saree|sari|odhni)\b.{0,30}\b(?:baandh|bandh|latka|taang|tang|laga|bana|daal|dal)\w*)/,
  },
  {
    id: 'hi.c.method-search',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*\b(?:kitni|kitna|kitne|kaunsi|kaun si|konsi|kon si|kaise|kaisa|tarika|tareeka|tarike|tareeke|dhoond\w*|dhundh\w*|search|google)\b)(?=.*\b(?:goli|goliyan|goliyaan|tablet|tablets|pills|dawai|dawa|zeher|zehar|height|unchai|oonchai|manzil|floor|rassi|phanda|fanda|faa?nsi|phaa?nsi|nas|dose|mg|aasan|asaan|easy|painless|dard)\w*)(?=.*\b(?:maut|mout|mar ja\w*|mar sakt\w*|marne|mar jata|mar jaata|jaan ja\w*|jaanleva|janleva|khatam ho\w*|khatam karni|khatam karna)\b)/,
  },
  {
    id: 'hi.c.how-method',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:phanda|fanda|phande|fande|phaa?nsi|faa?nsi|nas|nasen|naso|kalai)\b (?:\w+ )?(?:kaise|kese|kaisa) (?:banate|banaye|banaya|banau|banaun|lagate|lagaye|lagau|lagaun|kaatte|kaate|kaatu|kaatun|kaati)\b/,
  },
  {
    id: 'hi-deva.c.how-method',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /(?:फंदा|फंदे|फांसी|नस|नसें|कलाई)\s(?:\S+\s)?कैसे\s(?:बनाते|बनाएं|बनाऊं|बनाया|लगाते|लगाएं|लगाऊं|काटते|काटें|काटूं|काटी)/,
  },
  {
    id: 'hi.c.which-poison',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:kaunsa|kaun sa|konsa|kon sa|kaunsi|kaun si|konsi|kon si)\b (?:\w+ )?(?:zeher|zehar|jahar|poison|keetnashak|dawai|goli|tablet)\b.{0,40}\b(?:jaldi|sabse jaldi|fast|asar|maut|mar ja\w*|painless|bina dard)\b/,
  },
  {
    id: 'hi-deva.c.which-poison',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /(?:कौन\sसा|कौनसा|कौन\sसी|कौनसी)\s(?:\S+\s)?(?:जहर|कीटनाशक|दवा|गोली)(?:\s\S+){0,6}?\s(?:जल्दी|असर|मौत|मर\sजा|बिना\sदर्द)/,
  },
  {
    id: 'hi.c.poison-taken',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      new RegExp(String.raw`\b(?:zeher|zehar|jeher|jehar|jahar|zahar|poison|phenyl|harpic|dettol|sulphas|sulfas|celphos|${POISON_TRADE}|keetnashak|kitnashak|pesticide|tezaab|tezab|acid|toilet cleaner|bleach|kerosene|(?:chuha|chuhe|chuhon) (?:maar|mar)\w* (?:wali |waali |ki |ka )?(?:dawai|dawa|davai|goli))\b(?<!\b(?!(?:maine|mene|main|mai)\b)\w+ ne\b.{1,70}).{0,25}\b(?:pee? li(?:ya)?|pi li(?:ya)?|pee chuk\w*|pi chuk\w*|kha li(?:ya|yi)?|kha chuk\w*|nigal li\w*)\b(?! (?:tha|thi|the)\b)`),
  },
  {
    id: 'hi.c.at-height-now',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*\b(?:chhat|chat|chhath|terrace|pul|bridge|balcony|railing|kinare|kinaare|platform|building|khidki|tanki|parapet|edge|manzil|floor|station|patri|track)\b)(?=.*\b(?:khada|khadi|khade|baitha|baithi|baithe|chadh\w*|pahunch\w*|hu|hoon|hun)\b)(?=.*\b(?:(?:kood|kud)(?:unga|ungi|oonga|oongi|ne wala|ne wali|ne|na)|(?:kood|kud) (?:jaa?unga|jaa?ungi|jaa?un|jaa?oon|jaana|jana|dunga|dungi)|chhalang (?:laga|maar)\w*|jump (?:kar|karne|karunga|karungi)\w*|wapas (?:nahi|nhi|na) (?:jaa?unga|jaa?ungi|aa?unga|aa?ungi))\b)/,
  },
  {
    id: 'hi.c.jump-into-water',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:kuen|kuye|kuan|kunye|kuwe|nadi|nahar|nehar|talab|talaab|samundar|samudra|river|ganga|yamuna)\b (?:mein|me|main) (?:kood|kud|chhalang|jump)\w*/,
  },
  {
    id: 'hi.c.violence-now',
    kinds: ['abuse', 'immediate_danger'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:mujhe|muje|mujhko|hume|humein|humko|mummy|mumma|maa|mom|ammi|didi|behen|bhabhi|bhai|bhaiya|biwi|wife|bachon|bacchon|bachche|bacche|baccho|bachcho|bachchon)\b(?: ko)?(?: \w+){0,4}? (?<!\b(?:taane|taana|tane|tana|taunt|aankh|chakkar|seeti|sitti|line|mazaak|jokes?|baatein|gappe|dimaag|dimag)\b )(?:maar|peet|pit|ghasit|ghaseet|jala|kaat)\w* (?:raha|rahe|rahi) (?:hai|hain|h|he)\b|\b(?:darwaza|darwaaza|darwaja|darwaje|darwaze|door)\b.{0,12}\b(?:tod|thok|peet|pit|khatkhata)\w* (?:raha|rahe|rahi)\b|\b(?:tujhe|tumhe|tumko|sabko|sab ko|hum sabko)\b.{0,15}\b(?:khatam|kaat|maar|jala)\w* (?:kar |daal |dal |de )?(?:dunga|dungi|doonga|denge|dalunga|daalunga)\b(?=.{0,40}\b(?:abhi|aaj|bol raha|keh raha|chilla raha|kehta|bolta)\b)|\b(?:abhi|aaj)\b.{0,60}\b(?:tujhe|tumhe|tumko|sabko|sab ko|hum sabko)\b.{0,15}\b(?:khatam|kaat|maar|jala)\w* (?:kar |daal |dal |de )?(?:dunga|dungi|doonga|denge|dalunga|daalunga)\b|\b(?:ke|ki)\b (?:haath|hath) (?:mein|me|main) (?:chhura|bandook|banduk|gun|pistol|katta|talwar|kulhadi|kulhaadi|hathoda)\b/,
  },
  {
    id: 'hi.c.burning-threat',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /^(?=.*\b(?:mitti ka tel|mitti ke tel|kerosene|petrol|maachis|machis|aag)\b)(?=.*\bjala (?:denge|dega|degi|dalenge|daalenge|dalega|daalega|dalegi|dunga|dalunga|doonga)\b)|\b(?:toh|to|warna|varna|nahi toh|nahi to)\b.{0,20}\bjala (?:denge|dega|degi|dalenge|daalenge|dalega|daalega|dalegi)\b/,
  },
  {
    id: 'hi.c.strangled',
    kinds: ['abuse'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /(?<!\b(?:apna|apni|apne|khud ka|khud ki)\b.{0,6})\b(?:gala|gardan|galaa)\b (?:daba|dabaa|dabaya|dabai|ghont|ghonta|ghot)\w*/,
  },
  {
    id: 'hi.c.wish-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?<!\b(?:bolte|kehte|bolti|kehti|bolta|kehta) (?:hai|hain|h|the|thi|tha) (?:ki )?)\b(?:bhagwan|bhagvan|bhagwaan|ishwar|prabhu|upar ?wale|upar ?wala|rab|allah|khuda|god|mata rani|bholenath|maalik)\b(?: \w+){0,6}? (?:utha (?:le|lo|lena)|uthale|utha kyu nahi|bula (?:le|lo)|maut de(?: de)?|mout de|le ja|le chal)\b|\b(?:maut|mout|mauth)\b (?:hi )?(?:aa ja(?:aye|ye|e)|kyu(?:n)? nahi aati|de de|dede|chahiye|mil ja(?:aye|ye|e))\b|\b(?:kaash|lagta hai|mann?|dil|ji|bas|ab) (?:\w+ ){0,3}?mar (?:hi )?(?:jaa?u|jaa?un|jaa?oon)\b(?! (?:toh|to|na|nahi|kya|agar)\b)|\bmar (?:hi )?(?:jaa?na|jaa?u|jaa?un) (?:chahiye|hai mujhe|behtar|better)\b|\b(?:mann?|dil|jee|ji) (?:karta|karti|kar raha|kar rahi|hota) (?:hai )?(?:ki )?(?:bas )?mar(?:ne| jaane) (?:ka|ki)\b/,
  },
  // Goodbyes, giving away, affairs in order, burden, finality, treatment stopped, sudden calm: said indirectly.
  {
    id: 'hi.c.goodbye',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:aakhri|akhri|aakhiri|akhiri|antim) (?:baar|bar|dafa|martaba)\b.{0,40}\b(?:awaaz|awaz|aawaz|baat|dekh|mil|sun|yaad|bye|alvida)\w*|\b(?:dobara|dubara|phir se|fir se|phir kabhi|fir kabhi)\b (?:\w+ ){0,2}(?:baat|mulaqat|mulakat|milna) (?:na|nahi|nhi) (?:ho|hogi|ho paye|ho paayegi)\b|\bagar (?:mujhe|muje) kuch ho (?:jaye|jaaye|jae|gaya)\b|\bmeri (?:maut|mout) ke baad\b|\bmere (?:baad|jaane ke baad|marne ke baad)\b.{0,40}\b(?:dena|de dena|jala dena|rakhna|dekhna|khayal|khyal|dhyan|sambhal\w*|padhe)\b|\b(?:khayal|khyal|dhyan|dhyaan) rakhna\b.{0,50}\b(?:maaf|maf|maafi|na rahu|na rahun|nahi rahunga|nahi rahungi|alvida|mere baad)\b|\b(?:zyada|jyada|jada) din (?:\w+ ){0,3}(?:pareshan|tang|bojh) (?:nahi|nhi|na) (?:karunga|karungi|banunga|banungi)\b/,
  },
  {
    id: 'hi.c.contemplating-means',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:rassi|phanda|fanda|pankh[ae]|goliyan|goliyaan|zeher|zehar|patri|patriyon|railway line)\b.{0,30}\b(?:dekh|ghoor|taak)\w* (?:rehti|rehta|rahti|rahta|raha|rahi|hu|hoon|hun)\b|\bkaise (?:marun|maru|maroon|mar jaun|mar jaaun)\b/,
  },
  {
    id: 'hi-deva.c.contemplating-means',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:रस्सी|फंदा|फंदे|पंखे|पंखा|गोलियों|गोलियां|जहर|पटरी|पटरियों)(?:\s\S+){0,4}?\s(?:देखती|देखता|घूरती|घूरता|ताकती|ताकता)\s(?:रहती|रहता|हूं|हू)|कैसे\s(?:मरूं|मरू|मर\sजाऊं)/,
  },
  {
    id: 'hi.c.giving-away',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:meri|mera|mere|apni|apna|apne|saari|sari|saare|sab)\b(?: \w+){0,3}? (?:phone|laptop|cycle|bike|kit|kapde|kitabein|kitaben|books|savings|paise|gehne|zevar|jewellery|guitar|watch|ghadi|saaman|saman|cheezein|cheezen)\b.{0,40}\b(?:de (?:di|diya|diye|dena|dunga|dungi|aaya|aayi|aai)|daal (?:di|diya|diye)|baa?nt (?:di|diya|diye|dunga|dungi|dena|do)|daan kar\w*|transfer kar\w*)\b/,
  },
  {
    id: 'hi.c.affairs-in-order',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:passwords?|pin|insurance|policy|bima|beema|will|bank|papers|kagaz|kagaaz|kagzat|documents|zameen)\b.{0,40}\b(?:bata (?:diye|diya|di)|samjha (?:diye|diya|di)|saunp (?:diye|diya|di)|nikaal? ke rakh (?:diye|diya|di)|rakh (?:diye|diya|di))\b/,
  },
  {
    id: 'hi.c.burden-insurance',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:insurance|beema|bima|beeme|bime|policy)\b.{0,30}\b(?:paisa|paise|money)\b.{0,40}\b(?:kaam aayega|kaam aaega|mil jayega|mil jaayega|milega|karz|karza|loan)\b|\b(?:bahut )?(?:bada |bhaari )?(?:bojh|boj|burden) (?:hu|hoon|hun|ban gaya|ban gayi|ban gai|ban chuka|ban chuki|bana hua|bani hui)\b|\bmain (?:na|nahi) (?:rahu|rahun|rahoon|rahunga|rahungi)\b.{0,20}\b(?:toh|to)\b.{0,20}\b(?:khush|better|theek|thik|sukhi|aaram)\b/,
  },
  {
    id: 'hi.c.treatment-stopped',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:dawai|dawa|davai|dawaiyan|dawaiyaan|goliyan|insulin|dialysis|ilaaj|ilaj|treatment|chemo|medicine|medicines)\b.{0,20}\bband kar (?:diya|di|diye|dunga|dungi|rakha)\b.{0,60}\b(?:kya fayda|kya faida|kya hi farak|kya farak|koi farak|koi fayda|matlab nahi|kya matlab|zarurat nahi|kya hi fayda)\b/,
  },
  {
    id: 'hi.c.sudden-calm',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:shaanti|shanti|sukoon|sukun|halka|halki|calm|aaram)\b.{0,60}\bsab (?:kuch )?(?:decide|tay|tai|set|clear|final) ho (?:gaya|gya|chuka)\b|\bab sab set hai\b/,
  },
  {
    id: 'hi.c.hopeless-for-whom',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\bkis(?:ke|ki) liye (?:jiyu|jiyun|jeeyu|jeeun|jeeyun|jiun|jina|jeena|zinda rahu|zinda rahun)\b/,
  },
  {
    id: 'hi.c.cover-story',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /^(?=.*\b(?:nishan|nishaan|chot|neel|neele|nile|sooj\w*|bruise)\b)(?=.*\b(?:keh|kah|bol|bata)\w* (?:deti|deta|diya|di)\b.{0,30}\b(?:gir (?:gayi|gaya|gai)|takra\w*|seedhi se|sidhi se)\b)|\bjab (?:wo|woh|vo|papa|pati|\w+) (?:\w+ ){0,3}(?:aata|aate|aati) (?:hai|hain|h)\b.{0,40}\b(?:chhup|chup|chhip|kaanp|kanp|sehm|sahm)\w*/,
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
      `\\b${HI_WHO}\\b(?<!\\b(?:usko|usse|use|usey|unko|unhe|unhein|isko|inko)\\b.{1,60})(?!(?: \\w+){0,3} (?:usko|use|usey|unko|unhe|isko|inko)\\b)(?: \\w+){0,5}? ${HI_VIOLENCE}\\b|\\b(?:mujhe|muje|mujhko|mere saath|meri)\\b(?: \\w+){0,3}? (?:${HI_VIOLENCE}|(?:marta|marti|marte) (?:hai|hain|h|tha|the|thi)|(?:mara|maara|maari|mari|peeta|peeti|pita) (?:aur|tha|thi|hai|ki|ke))\\b`,
    ),
  },

  // Devanagari: means and preparations, imminent acts, violence now, goodbyes.
  {
    id: 'hi-deva.c.means-prepared',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /(?:रस्सी|फंदा|जहर|कीटनाशक|सल्फास|फिनाइल|तेजाब|गोलियां|गोलियाँ|गोलियों|नींद\sकी\sगोली\S*|चूहे\sमार\S*\s(?:\S+\s)?दवा|(?:छिडकने|छिडकाव)\s(?:वाली\s)?दवा|दवा\sकी\sबोतल|बिजली\sका\s(?:\S+\s)?तार)(?:\s\S+){0,8}?\s(?:छुपा|छिपा|जमा|इकट्ठ|हिम्मत|किसी\sको\s(?:नहीं|नही)\sपता|तकिये\sके\sनीचे|पी\sलूंगा|पी\sलूंगी|खा\sलूंगा|खा\sलूंगी|पी\sलूं|खा\sलूं|पकड\sलूंगा|पकड\sलूंगी|सोच\sलिया|ठान\sलिया|रखा\sहै|रखी\sहै|रखे\sहैं)|(?:पकड|पी|खा)\s(?:लूंगा|लूंगी)(?:\s\S+){0,5}?\s(?:तार|जहर|दवा|रस्सी)\s(?:\S+\s){0,3}?(?:रखा|रखी|रखे|छुपा)/,
  },
  {
    id: 'hi-deva.c.cutting-means-hidden',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern: /(?:ब्लेड|रेजर)(?:\s\S+){0,8}?\s(?:छुपा|छिपा|छुप|छिप)/,
  },
  {
    id: 'hi-deva.c.ligature',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*(?:पंखे|पंखा|कुंडे|कुंडा|हुक|छत|गार्डर|रॉड))(?=.*(?:फंदा|रस्सी|दुपट्टा|साडी|चुन्नी|ओढनी)(?:\s\S+){0,5}?\s(?:बांध|लटका|टांग|डाल|बना|लगा))/,
  },
  {
    id: 'hi-deva.c.method-search',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*(?:कितनी|कितना|कितने|कौन\sसी|कौनसी|कैसे|तरीका|तरीके|ढूंढ|ढूँढ|सर्च|गूगल))(?=.*(?:गोली|गोलि|दवा|जहर|ऊंचाई|मंजिल|रस्सी|फंदा|फांसी|नस|मात्रा|डोज|दर्द))(?=.*(?:मौत|मर\sजा|मर\sसक|मरने|जानलेवा|जान\sजा|खत्म\sहो|फांसी\sलगाने))/,
  },
  {
    id: 'hi-deva.c.poison-taken',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      new RegExp(
        String.raw`(?:जहर|फिनाइल|हार्पिक|डेटॉल|डिटॉल|सल्फास|कीटनाशक|तेजाब|एसिड|केरोसिन|मिट्टी\sका\sतेल|चूहे\sमार\S*\s(?:\S+\s)?दवा|नींद\sकी\s(?:\S+\s)?गोलियां|${HI_DEVA_POISON_TRADE})(?<!(?<!\S)(?!मैं(?:\s|$))\S+\sने\s(?:\S+\s){0,6}\S+)(?:\s\S+){0,5}?\s(?:पी|खा|निगल)\s(?:ली|लिया|लीं|लिये|चुका|चुकी)(?!\s(?:था|थी|थे))`,
      ),
  },
  {
    id: 'hi-deva.c.at-height-now',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /^(?=.*(?:छत|पुल|किनारे|बालकनी|प्लेटफार्म|प्लेटफॉर्म|टेरेस|मुंडेर|रेलिंग|खिडकी|नहर|कुएं|नदी|बिल्डिंग|टंकी|मंजिल|पटरी))(?=.*(?:खडा|खडी|खडे|बैठा|बैठी|बैठे)\s(?:हूं|हू|हैं))(?=.*(?:कूद|छलांग|लटक\sरहे|आखिरी\sबार|सामने\sआ\sजा))/,
  },
  {
    id: 'hi-deva.c.jump-into',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?:कुएं|कुंए|कुआं|नदी|नहर|तालाब|झील|समुंदर|समुद्र)\s(?:में\s)कूद|(?:ट्रेन|ट्रक|गाडी|बस|मेट्रो)\s(?:के\s)?(?:आगे|नीचे|सामने)\s(?:\S+\s)?(?:कूद|आ\sजा)|(?:छत|पुल|बिल्डिंग|बालकनी|टेरेस|मंजिल|नहर|नदी|कुएं|ट्रेन|पटरी)\s(?:\S+\s){0,3}?कूद\s(?:जाऊंगा|जाऊंगी|जाऊं|जाउंगा|जाउंगी|जाउं)/,
  },
  {
    id: 'hi-deva.c.violence-now',
    kinds: ['abuse', 'immediate_danger'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /(?:मुझे|हमें|हमको|मम्मी|मां|मा|दीदी|बहन|भाभी|भाई|बच्चों|बच्चे|बीवी)\s(?:को\s)?(?:\S+\s){0,4}?(?<!(?:ताने|ताना|आंख|चक्कर|सीटी|मजाक)\s)(?:मार|पीट|घसीट|जला)\s(?:रहा|रहे|रही)\s(?:है|हैं)|दरवाजा\s(?:\S+\s)?तोड|^(?!.*(?:था|थी|थे)\sकि\s)(?=.*(?:अभी|आज|कह\sरहा|बोल\sरहा|चिल्ला\sरहा))(?=.*(?:सबको|तुझे|तुम्हें|हम\sसबको|बच्चों\sको)\s(?:\S+\s){0,2}?(?:काट|मार|खत्म|जला)\s(?:दूंगा|डालूंगा|दूंगी|देंगे|कर\sदूंगा))|(?:के|की)\sहाथ\sमें\s(?:छुरा|बंदूक|तलवार|कुल्हाडी)|(?:कुल्हाडी|छुरा|बंदूक|तलवार)\s(?:लेकर|ले\sके|लिए)/,
  },
  {
    id: 'hi-deva.c.burning-threat',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /^(?=.*(?:मिट्टी\sका\sतेल|केरोसिन|पेट्रोल|माचिस|आग))(?=.*जला\s(?:देंगे|देगा|देगी|डालेंगे|डालेगा|दूंगा))|(?:वरना|नहीं\sतो)\s(?:\S+\s){0,6}?जला\s(?:देंगे|देगा|देगी|डालेंगे|डालेगा)/,
  },
  {
    id: 'hi-deva.c.wish-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?<!(?:बोलते|कहते|बोलती|कहती|बोलता|कहता)\s(?:हैं|है|थे|थी|था)\s(?:कि\s)?)(?:भगवान|ईश्वर|प्रभु|ऊपर\sवाले|अल्लाह|रब|खुदा)\S*(?:\s\S+){0,5}?\s(?:उठा\sले|मौत\sदे|बुला\sले)|मौत\s(?:ही\s)?(?:आ\sजाए|आ\sजाये|दे\sदे|क्यों\sनहीं\sआती|चाहिए)|मर\s(?:ही\s)?(?:जाऊं|जाउं|जाऊ)(?!ं|ंगा|ंगी|गा|गी|\s(?:तो\s(?:क्या|कैसे)|न|ना))/,
  },
  {
    id: 'hi-deva.c.goodbye',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:आखिरी|आखरी|अंतिम)\sबार\s(?:\S+\s){0,4}?(?:आवाज|सुन|देख|मिल|बात|याद)|अगर\sमुझे\sकुछ\sहो\s(?:जाए|जाये|गया)|मेरी\sमौत\sके\sबाद|मेरे\s(?:बाद|जाने\sके\sबाद|मरने\sके\sबाद)\s(?:\S+\s){0,6}?(?:दे\sदेना|देना|जला|रखना|ध्यान|ख्याल|पढे)|^(?=.*(?:ध्यान|ख्याल|खयाल)\sरखना)(?=.*माफ)|(?:ज्यादा|जादा|अधिक)\sदिन\s(?:\S+\s){0,3}?(?:परेशान|तंग|बोझ)\s(?:नहीं|नही)\s(?:करूंगा|करूंगी|बनूंगा|बनूंगी)/,
  },
  {
    id: 'hi-deva.c.giving-away',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:मेरी|मेरा|मेरे|अपनी|अपना|अपने|सारी|सारे)\s(?:\S+\s){0,4}?(?:किताबें|कपडे|बाइक|फोन|लैपटॉप|साइकिल|गहने|जेवर|घडी|सामान|बचत|पैसे)\s(?:\S+\s){0,5}?(?:दे\s(?:दी|दिया|दिए|आया|आई|देना|दूंगा|दूंगी)|बांट\s(?:दी|दिया|दिए|देना|दूंगा|दूंगी)|दान\sकर)/,
  },
  {
    id: 'hi-deva.c.affairs-burden',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:कागज|कागजात|पासवर्ड|बीमा|बीमे|पॉलिसी|बैंक)\s(?:\S+\s){0,6}?(?:समझा|बता|सौंप)\s(?:दिए|दिया|दी)|(?:बीमे|बीमा|इंश्योरेंस|पॉलिसी)\s(?:\S+\s){0,3}?पैसा(?:\s\S+){0,4}?\s(?:काम\sआएगा|मिलेगा|मिल\sजाएगा)|(?:दवा|दवाई|दवाइयां|इंसुलिन|डायलिसिस|इलाज|कीमो)(?:\s\S+){0,3}?\sबंद\sकर\s(?:दिया|दी|दिए)(?:\s\S+){0,8}?\s(?:क्या\sफायदा|क्या\sफर्क|कोई\sफायदा|कोई\sमतलब)|(?:शांति|सुकून|हल्का)(?:\s\S+){0,8}?\sसब\s(?:तय|साफ|ठीक|सेट)\sहो\sगया|किसके\sलिए\s(?:जियूं|जीऊं|जिऊं|जीयूं|जिऊ|जीना|जिंदा\sरहूं)/,
  },
  {
    id: 'hi-deva.c.fear-at-home',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /जब\s(?:\S+\s){1,4}?(?:आता|आते|आती)\s(?:है|हैं)(?:\s\S+){0,6}?\s(?:छुप|छिप|डर|कांप|सहम)|^(?=.*(?:निशान|चोट|नील))(?=.*(?:कह|बोल|बता)\s(?:देती|देता|दी|दिया)\s(?:\S+\s){0,3}?(?:गिर\sगई|गिर\sगया|टकरा|सीढी\sसे))/,
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

  // Broader concepts from the misses of the blind sets v and w: acts and attempts said in any tense, hurting oneself
  // with any object, violence by any relative or employer, burden, finality and goodbye forms.
  {
    id: 'hi.c.act-future',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:latak|phansi laga|phaansi laga|kood|dub|doob|jal) (?:ke |kar )?(?:mar )?(?:jaunga|jaungi|jaoonga|jaoongi|jaunga|lunga|lungi|jau|jaun)\b|\b(?:zeher|zehar|jahar|keede maar dawa|keede ki dawa|keetnashak|dawa|dawai) (?:pee|pi|kha)(?: ke| kar)? (?:hi )?(?:maanunga|maanungi|lunga|lungi|marunga|marungi)\b|\b(?:ek hi|bas ek|aakhri|akhri) raasta (?:bacha|hai|reh gaya)\b.{0,30}\b(?:zeher|zehar|jahar|rassi|phanda|marna|maut)\b/,
  },
  {
    id: 'hi.c.not-be-there',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\b(?:main|mai)\b (?:hi |shayad |toh |to )?(?:nahi|nhi|na) (?:rahunga|rahungi|rahoonga|rahoongi|rahu|rahun|rahoon)\b/,
  },
  {
    id: 'hi-deva.c.attempt',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern: /(?:फांसी|फंदा|जहर|नस|कलाई)\s(?:\S+\s){0,2}?(?:लगाने|खाने|पीने|काटने)\sकी\sकोशिश\s(?:की|करी)/,
  },
  {
    id: 'hi-deva.c.act-future',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /(?:डूब|लटक|कूद|जल)\s?(?:के|कर)\s(?:मर\s)?(?:जाऊंगा|जाऊंगी|जाउंगा|जाउंगी|जाऊं)|(?:रेल|ट्रेन|गाडी|ट्रक|बस)\s(?:के\s)?(?:आगे|नीचे|सामने)\s(?:\S+\s)?कूद|(?:जहर|बीज|गोली|गोलियां|दवा)\s(?:\S+\s){0,4}?(?:घोल|पीस|निकाल)\s?(?:के|कर|लिया|ली|लिए|ली\sहै|लिया\sहै)(?:\s\S+){0,6}?\s(?:खा|पी)\s(?:लूंगा|लूंगी|लूं)|(?:घोल|पीस|निकाल)\s?(?:के|कर|लिया|ली)?(?:\s\S+){0,4}?\s(?:रखी|रखा|रखे)\s(?:है|हैं)(?:\s\S+){0,4}?\s(?:खा|पी)\s(?:लूंगा|लूंगी|लूं)|(?:जहर|कीटनाशक)(?:\s\S+){0,4}?\sघोल\s(?:लिया|ली)/,
  },
  {
    id: 'hi-deva.c.blade-at-body',
    kinds: ['immediate_danger', 'self_harm'],
    signal: 'explicit',
    pattern: /(?:गले|गर्दन|कलाई|नस|पेट)\s(?:पर|पे)\s(?:\S+\s)?(?:चाकू|ब्लेड|छुरी|छुरा|उस्तरा)\s(?:रखा|रखी|लगा)/,
  },
  {
    id: 'hi-deva.c.hurt-own-body',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /^(?!.*(?:दोस्त|सहेली|उसने|उन्होंने|किसी\sने)\s)(?:.*(?:अपने|अपनी|अपना)\s(?:\S+\s){0,2}?(?:हाथ|हाथों|पैरों|पैर|कलाई|बांह|बाहों|जांघ|सिर)\s(?:\S+\s){0,5}?(?:मारा|मारती|मारता|चीरा|काट|कुरेद|जला|पटक)|.*(?:कलाई|बांह|बाहों|जांघ|पैरों|हाथ)\s(?:पर|पे|में)\s(?:\S+\s){0,5}?(?:चीरा|कुरेद|गोद|कट\sलगा)|.*दीवार\s(?:पर|पे|में)\s(?:\S+\s)?(?:मुक्के|मुक्का|सिर)\s(?:मारता|मारती|मारा|पटक))/,
  },
  {
    id: 'hi-deva.c.someone-hurts-me',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /^(?!.*(?:अखबार|खबर|न्यूज|टीवी|फिल्म|सीरियल|कहानी|उपन्यास|पढा|वीडियो|(?:उसे|उसको|उन्हें)\s(?:\S+\s){0,2}?(?:मारता|मारते|पीटता|पीटते)\s(?:था|थे)))(?=.*(?:मुझे|मुझ|मेरे|मेरी|मेरा|हमें|हमको|मैं))(?=.*(?:पति|पत्नी|बीवी|सास|ससुर|देवर|जेठ|ननद|भैया|भाई|पापा|पिताजी|बाप|मालिक|सेठ|मास्टर|टीचर|चाचा|मामा|बेटा|बेटे|बहू|ठेकेदार|साहब))(?=.*(?<!\S)(?<!ताना\s)(?:मारा|मारी|मारे|मारते|मारता|मारती|पीटा|पीटी|पीटते|पीटता|पीटती|मारपीट|लात|थप्पड|बेल्ट\sसे|डंडे\sसे|फोड\s(?:दिया|दी)|तोड\s(?:दिया|दी)|फेंक\s(?:दिया|दी)|जला\s(?:दिया|दी)|(?:हड्डी|सिर|चेहरा)\s(?:\S+\s)?(?:टूट|फूट|जल)))/,
  },
  {
    id: 'hi-deva.c.burden',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /मेरे\sबिना\s(?:\S+\s){0,5}?(?:आधा|कम|बेहतर|अच्छा|खुश|सुखी|आसान|चैन)|(?:मैं|मै)\s(?:ही\s)?(?:सबसे\s(?:बडी|बडा)\s)?(?:मुसीबत|बोझ|बोझा|परेशानी|समस्या)\s(?:हूं|हू)|जब\sतक\s(?:मैं|मै)\s(?:हूं|हू|रहूंगा|रहूंगी)\s(?:\S+\s){0,4}?(?:कलेश|क्लेश|झगडा|परेशानी|दुख)/,
  },
  {
    id: 'hi-deva.c.finality',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /(?:सांसें|सांस|दिन)\s(?:\S+\s)?(?:पूरी|पूरे|पूरा)\sहो\s(?:चुकी|चुके|चुका|गई|गए)|(?:दिया|दीया|दीपक)\s(?:\S+\s)?बुझने|विदा\sलेने|(?:को\s)?मेरा\s(?:प्रणाम|नमस्ते|सलाम|आखिरी\sसलाम)\sकहना|मेरा\sइंतजार\s(?:मत|न|ना)\sकरना|कह\sदेना\s(?:कि\s)?(?:मैं|मै)\s(?:चला|चली)\sगया|(?:मैं|मै)\sशायद\s(?:न|ना|नहीं)\s(?:रहूं|रहू)|जैसे\sआखिरी\sबार|आखिरी\sबार\s(?:\S+\s){0,6}?(?:मिल|देख)\s(?:आया|आई|लिया|ली)|जागना\s(?:न|ना)\sपडे|सब\sखत्म\sहोने\sवाला/,
  },
  {
    id: 'hi.c.goodbye-forms',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bmera (?:number|no|contact) delete kar (?:dena|do)\b|\bkal se (?:mujhe|mera chehra|meri shakal) (?:\w+ ){0,3}?(?:nahi|nhi) (?:dekhega|dekhegi|dekhenge|dekhna padega)\b|\b(?:aakhri|akhri|aakhiri|last) baar (?:\w+ ){0,4}?(?:baat kar raha|baat kar rahi|mil|dekh|jala)\w*\b|\bmera koi kaam (?:baaki|baki) nahi\b|\b(?:ko|se) bolna (?:maine|main|mai|ki main|ki mai)\b|\bhamesha ke liye (?:chhod|chod) (?:aaya|aayi|aayi hu|diya|di)\b/,
  },
  {
    id: 'hi.c.hurt-me-object',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:maarpeet|marpeet|mar peet) (?:karta|karti|karte|hoti|hui|ki)\b|\bzabardasti (?:ki|kiya|karta|karne)\b|\b(?:dande|danda|belt|chimte|chimta|chappal|joote|lathi|rod) se (?:\w+ )?(?:maara|mara|maari|peeta|peeti|daagta|daagti|daaga)\b/,
  },
  {
    id: 'hi.c.message-to-leave',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:ko|se) (?:bolna|kehna|kahna|bata dena) (?:\w+ ){0,4}?(?:maaf|maafi|pyaar|pyar|bahut yaad|khayal rakhe|khyal rakhe)\w*\b/,
  },
  {
    id: 'hi.c.how-far-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:kitne|kitni|kitna) (?:\w+ ){0,3}?(?:se|mein|me) (?:gir ?ke|girkar|kood ?ke|kha ?ke|pee? ?ke|laga ?ke) (?:\w+ )?(?:marte|mar jaate|mar jate|mar sakte|mar jayega|mar jaunga|mar jaungi|bachega nahi|na bache)\b/,
  },
  {
    id: 'hi-deva.c.message-to-leave',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /(?:से|को)\s(?:कहना|बोलना|बता\sदेना)\s(?:\S+\s){0,5}?(?:माफ|प्यार|बहुत\sयाद|बहुत\sमानता|बहुत\sमानती|ख्याल\sरखे)/,
  },
  {
    // Violence a relative or master has done (perfective, "ne"), to the speaker or to someone at home, said
    // without a pronoun ("bahu ne dhakka dekar gira diya"): the subject and the act carry it.
    id: 'hi.c.relative-did-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:pati|husband|(?<!ek )aadmi|sasur|saas|saasu maa|devar|jeth|nanad|bhai|bhaiya|papa|pitaji|baap|beta|bete|bahu|wife|biwi|patni|mummy|maa|chacha|mama|maalik|malik|seth|supervisor|boss|thekedar|boyfriend|bf|\w+ (?:walon|walo|waalon|waalo))\b (?:ne|ney)\b(?: \w+){0,8}? (?:maara|mara|maari|mari|peeta|peeti|pita|pitai ki|dhakka (?:de diya|diya|dekar|deke)|laat (?:maari|mari|maara)|thappad (?:maara|mara|maari|mari|jad diya)|(?:phek|phenk|fenk|fek) (?:diya|di)|jala (?:diya|di)|(?:phod|fod) (?:diya|di)|gala daba(?:ya|ne)|ghaseeta|ghasita)\b/,
  },
  {
    id: 'hi-deva.c.relative-did-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /(?:(?:पति|(?<!एक\s)आदमी|ससुर|सास|देवर|जेठ|ननद|भाई|भैया|पापा|पिताजी|बाप|बेटे|बेटा|बहू|पत्नी|बीवी|मालिक|सेठ|ठेकेदार|मां|मम्मी|चाचा|मामा|\S+\sवालों|घरवालों)\sने\s(?:\S+\s){0,8}?(?:मारा|मारी|पीटा|पीटी|धक्का\s(?:देकर|दे\sके|दिया|दे\sदिया)|लात\sमारी|थप्पड\sमारा|फेंक\s(?:दिया|दी)|जला\s(?:दिया|दी)|फोड\s(?:दिया|दी)|गला\sदबाया|घसीटा))(?!\S)|^(?=.*(?<!\S)(?:मुझ|मुझे|मेरे|मेरी|मेरा)(?!\S)).*(?:गरम|खौलता|खौलती|उबलता|उबलती|तेजाब)\s(?:\S+\s){0,4}?(?:फेंक|डाल)\s(?:दिया|दी)/,
  },
  {
    // A poison to be drunk or eaten, in the future or "and sleep": "टॉयलेट क्लीनर पी लूंगी", "फोरेट पीकर सो जाऊंगा".
    id: 'hi-deva.c.poison-future',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `${HI_DEVA_POISON}(?:\\s\\S+){0,5}?\\s(?:पी|खा|निगल)(?:कर|के)?\\s(?:लूंगा|लूंगी|लूं|सो\\sजाऊंगा|सो\\sजाऊंगी|मर\\sजाऊंगा|मर\\sजाऊंगी)(?!\\S)`,
    ),
  },
  {
    // A whole strip, a bottle or a count of pills swallowed, not in the pluperfect.
    id: 'hi-deva.c.swallowed-many',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `^(?=.*(?:पूरा|पूरी|सारी|सारे|सब|एक\\sसाथ|\\d+|दस|बीस|तीस|पत्ता|पत्ते|शीशी|बोतल))(?=.*${HI_DEVA_POISON}).*(?:पी|खा|निगल)\\s(?:ली|लिया|लीं|लिए|गया|गई)(?!\\s(?:था|थी|थे))(?!\\S)`,
    ),
  },
  {
    id: 'hi.c.leap-future',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:chhalang|chalang|chhalaang) (?:laga|maar) (?:dunga|dungi|doonga|doongi|lunga|lungi|du|dun)\b|(?<!\S)छलांग\s(?:लगा|मार)\s(?:दूंगा|दूंगी|दूं|लूंगा|लूंगी)(?!\S)/,
  },
  {
    // Testing that what one would hang from bears one's weight: a preparation.
    id: 'hi.c.ligature-tested',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:fan|pankha|pankhe|hook|kunda|kundi|rod|beam)\b(?: \w+){0,5}? (?:check|test|hila)\w*\b.{0,40}\b(?:weight|wazan|vajan|jhel|sah)\w*|\b(?:checked|tested|made sure)\b.{0,30}\b(?:fan|hook|beam|rod|rafter)\b.{0,30}\b(?:hold|take|bear)s? (?:my|me|the) ?(?:weight)?|(?<!\S)(?:पंखा|पंखे|हुक|कुंडा|कुंडे|रॉड)(?:\s\S+){0,6}?\s(?:मेरा\s)?(?:वजन|भार)\s(?:\S+\s)?(?:झेल|सह|उठा)/,
  },
];
