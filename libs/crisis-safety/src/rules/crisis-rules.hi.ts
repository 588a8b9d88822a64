import type { CrisisRule } from './crisis-rule.js';

// Hindi as Amigo's users type and speak it: romanised (Hinglish, many spellings) and Devanagari. Devanagari
// rules use no \b (JavaScript word boundaries are ASCII-only) and are written without nukta or chandrabindu,
// which normalizeUtterance() removes.

const CHAHTA =
  '(?:chahta|chahti|chahte|chahata|chahati|chaahta|chaahti|chata|chati)';
const NAHI = '(?:nahi|nahin|nai|nhi|nahee|na)';
const MANN = '(?:mann?|dil|iccha|ichha|khayal|khyal|khayaal|irada|iraada)';
const KAR_FUTURE =
  '(?:kar|karna|karne|karunga|karungi|kar lunga|kar lungi|kar leta|kar leti|kar lu|kar lun|kar loon|kar du|kar dun|kar doon|kar dunga|kar dungi|kardu|karlu|karlunga)';
const REFLEXIVE = '(?:khud ?ko|apne aap ?ko|apne ko|apneaap ko|khud hi ko)';
const WHO =
  '(?:woh|wo|vo|voh|pati|husband|sasur|saas|papa|pitaji|bhai|bhaiya|chacha|mama|boyfriend|bf|devar|jeth|koi|log)';

export const HINDI_CRISIS_RULES: readonly CrisisRule[] = [
  {
    // "papa ne maara", "pati ne thappad maara", "seniors ne belt se peeta": violence told with "ne" and the past tense.
    id: 'hi.beaten-by',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:${WHO.slice(3, -1)}|maa|mummy|mumma|sasural wale|ghar wale|gharwale|seniors|teacher|sir|boss|malik|pati dev)\\b ne (?:mujhe |muje |mujhko )?(?:aaj |kal |phir se |fir se |phir |fir |roz |bahut |itna )?(?:(?:belt|danda|dande|chappal|joote|haath|lath|rod|stick|chhadi|patte|bat) se )?(?:maara|mara|maari|mari|peeta|pita|peeti|piti|thappad (?:maara|mara|maari)|laat (?:maari|mari|maara)|ghoonsa maara|mukka maara|dhakka diya|jalaya|jala diya)\\b`,
    ),
  },
  {
    id: 'hi.photo-blackmail',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:photos?|pics?|pictures?|tasveer\w*|video|videos|morphed)\b.{0,40}\b(?:viral|leak|post|upload|bhej|share)\w*\b.{0,40}\b(?:dhamki|dhamka\w*|dega|degi|denge|dunga|warna|nahi toh|nahi to|blackmail\w*|paise|paisa)\b|\bblackmail (?:kar|kr)\w* (?:raha|rahi|rahe)\b/,
  },
  // Suicidal intent, romanised.
  {
    id: 'hi.want-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\bmar(?:na|ne| jaa?na| jaa?ne| jaa?u| jaa?un| jaa?oon)? ${CHAHTA}\\b`,
    ),
  },
  {
    id: 'hi.mann-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\bmar(?:ne| jaa?ne) (?:ka|ki|ke) ${MANN}\\b|\\bmar(?:ne|na) (?:ki|ka|ke) (?:soch|sochta|sochti|baare mein soch|plan)`,
    ),
  },
  {
    id: 'hi.mujhe-marna-hai',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:mujhe |bas |ab )+mar(?:na| jaa?na) (?:hai|h|he)\b/,
  },
  {
    id: 'hi.not-afraid-to-die',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\bmarne se (?:bhi )?(?:dar|darr) ${NAHI} (?:lagta|lagti|hai)\\b`,
    ),
  },
  {
    id: 'hi.mann-karta-mar-jaun',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:mann?|dil|ji|jee) (?:karta|karti|kar raha|kar rahi|hota) (?:hai )?(?:ki )?(?:bas )?(?:main |mai |me )?mar (?:jaa?un?|jaa?oon|jaa?u)\b/,
  },
  {
    id: 'hi.no-will-to-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:jee?ne|jine) (?:ka|ki|ke) (?:${MANN}|koi (?:matlab|maksad|fayda|faida|wajah|reason)) ${NAHI}\\b|\\b(?:jee?na|jina) ${NAHI} ${CHAHTA}\\b|\\bab (?:aur )?(?:${NAHI} (?:jee?na|jina)|(?:jee?na|jina) ${NAHI}|jee ${NAHI} (?:sakta|sakti))\\b|\\bmujhe (?:ab )?(?:jee?na|jina) (?:hi )?${NAHI} (?:hai|h)\\b|\\b(?:zinda|jinda|jeevit) ${NAHI} (?:rehna|rahna|reh|rah) (?:${CHAHTA}|hai)\\b|\\b(?:zinda|jinda) (?:rehne|rahne) (?:ka|ki) ${MANN} ${NAHI}\\b`,
    ),
  },
  {
    id: 'hi.end-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:zindagi|zindgi|jindagi|jindgi|life) (?:khatam|khatm|khtm|end|khatam hi) ${KAR_FUTURE}\\b`,
    ),
  },
  {
    id: 'hi.take-own-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:apni|apne aap ki|khud ki) (?:jaan|zindagi) (?:le|lena|lene|leni|le lunga|le lungi|le leta|le leti|le lu|le loon)\b/,
  },
  {
    id: 'hi.suicide-verb',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:suicide|sucide|khud ?kh?ushi|khudkhushi|khudkushi|atmahatya|aatmahatya|aatmhatya|atmhatya|aatm hatya) (?:${KAR_FUTURE}|ka (?:soch|${MANN}|plan)|ke baare mein soch|karne ka soch)`,
    ),
  },
  {
    id: 'hi.suicide-word',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:khud ?kh?ushi|khudkhushi|khudkushi|atmahatya|aatmahatya|aatmhatya|atmhatya|aatm hatya)\b/,
  },
  {
    id: 'hi.end-self',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${REFLEXIVE} (?:khatam|khatm|khtm|end) ${KAR_FUTURE}\\b`,
    ),
  },
  {
    id: 'hi.no-use-living',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\b(?:fayda|faida|matlab|maksad|wajah|reason) ${NAHI} (?:hai )?(?:jee?ne|jine) (?:ka|ki|ke)\\b`,
    ),
  },
  {
    id: 'hi.kill-self',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${REFLEXIVE} (?:maar|mar) (?:dalu|daalu|dalunga|daalunga|dalungi|daalungi|dena|du|dunga|dungi|lunga|lungi|dalna|daalna)\\b`,
    ),
  },
  {
    id: 'hi.method-hanging',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:phaa?nsi|faa?nsi|phansi|fansi|fanda|phanda) (?:laga|lagaa|lagana|lagane|laga lunga|laga lungi|laga lu|laga loon|lagaunga|lagaungi|lagaa lu)\b|\b(?:pankhe|pankha|fan|rassi)\b.{0,20}\blatak/,
  },
  {
    id: 'hi.method-jump',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:train|metro|truck|bus|gaadi|gadi) ke (?:aage|neeche|niche|samne|saamne) (?:kood|kud|koodna|kudna|koodunga|kudunga|aa ja|aa jaun|aa jaunga|aa jaungi|jump)|\b(?:chhat|chat|chhath|terrace|building|pul|bridge|balcony) se (?:kood|kud|koodna|kudna|koodunga|kudunga|koodungi|kudungi|jump|chhalang)/,
  },
  {
    id: 'hi.method-poison',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:zeher|zehar|jeher|jehar|jahar|zahar|poison) (?:kha|khaa|pee|pi|khana|peena|le|kha lunga|kha lungi|pee lunga|pee lungi|kha lu|pi lu)\b/,
  },
  {
    id: 'hi.method-veins',
    kinds: ['suicidal_intent', 'self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:nas|nasen|nase|naso|kalai) (?:kaat|kat|kaatne|kaatna|kaat lunga|kaat lungi|kaat li|kaati|kaatu)\b/,
  },
  {
    id: 'hi.better-without-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:mere bina|mere jaane ke baad|mere na rehne se) (?:sab|sabhi|sabki|ghar wale|gharwale|family|log)? ?(?:zyada |jyada )?(?:khush|better|theek|thik|aaram se|behtar)\b/,
  },
  {
    id: 'hi.wish-dead',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bkaash (?:main|mai|me) (?:mar (?:jaata|jaati|jata|jati)|paida hi na|paida na|paida nahi|kabhi paida na)/,
  },
  {
    id: 'hi.never-wake',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:neend se |so (?:jaun|jaaun|jau) aur )?(?:kabhi|phir|fir) (?:na|nahi|nhi) (?:uthu|uthoon|uthun|uthna|uthoo)\b/,
  },
  {
    id: 'hi.sleep-forever',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bso (?:jaun|jaaun|jaunga|jaungi|jau|jaana|jaoon) hamesha ke liye\b|\bhamesha ke liye so (?:jaun|jaaun|jaunga|jaungi|jau|jaana|jaoon)\b/,
  },
  {
    id: 'hi.nobody-would-care',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\b(?:kisi ko|koi|kisiko) (?:farak|fark|farq|fikar|fikr) ${NAHI} (?:padega|padta|karega|hoga)\\b.{0,25}\\b(?:agar|jab) (?:main|mai) (?:na|nahi) (?:rahu|rahun|rahoon|rahunga|rahungi|raha|rahi)\\b|\\bsab (?:kuch )?khatam ho (?:jaye|jaaye|jae|jata|jaata) (?:toh|to) (?:accha|acha|achha|behtar|better)\\b`,
    ),
  },
  {
    id: 'hi.i-will-die',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:main|mai|me) (?:toh |to |ab |sach mein |bas )?mar (?:jaunga|jaungi|jaaunga|jaaungi)\b/,
  },
  {
    id: 'hi.existence-same',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\b(?:mera|meri) hona (?:ya|na) na hona (?:barabar|ek jaisa|ek hi|same)\\b|\\b(?:mera|meri) hona (?:bekaar|bekar|fazool)\\b|\\b(?:koi|ek bhi) (?:raasta|rasta) ${NAHI} (?:bacha|hai|dikhta|dikh raha)\\b`,
    ),
  },
  {
    id: 'hi.end-it-all',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\bkhatam (?:karna|kar dena) ${CHAHTA} (?:hoon |hun |hu )?sab\\b|\\bsab (?:kuch )?khatam (?:karna|kar dena) ${CHAHTA}\\b`,
    ),
  },
  {
    id: 'hi.burden',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:bojh|boj) (?:hoon|hun|hu|ban gaya|ban gayi|ban gai|ban chuka|ban chuki)\b/,
  },
  {
    id: 'hi.end-everything',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: new RegExp(
      `\\bsab (?:kuch )?khatam ${KAR_FUTURE}\\b|\\bduniya (?:chhod|chod) (?:du|dun|doon|dunga|dungi|dena|deta|deti)\\b`,
    ),
  },

  // Self-harm, romanised.
  {
    id: 'hi.self-harm',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${REFLEXIVE} (?:hurt|harm|chot|nuksan|nuksaan|nuqsaan|nukasan|takleef|dard|cut|kaat|kaatna|kaatne|jala|jalana|saza|sazaa|punish)\\b`,
    ),
  },

  {
    id: 'hi.self-harm-blade',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:apne|apni|khud|mere|meri)\b.{0,25}\b(?:blade|razor|bled)\b|\b(?:blade|razor) se (?:khud|apne|apni|haath|hath|kalai)\b/,
  },

  {
    id: 'hi.self-harm-cut',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:haath|hath|kalai|bazu|baazu|pair|jangh) (?:pe|par|mein|me) (?:cut|blade|kaat)/,
  },

  // Immediate danger, romanised.
  {
    id: 'hi.death-threat',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\bjaan se (?:maarne|marne|maar dene|mar dene|maar dalne) ki dhamki\b|\b(?:maarne|marne|maar dalne) ki dhamki (?:deta|deti|dete|de raha|de rahi|di|dee)\b/,
  },
  {
    id: 'hi.save-me',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: /\bmujhe (?:bachao|bacha lo|bachaa lo|bachalo|bachaao)\b/,
  },
  {
    id: 'hi.will-kill-me',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${WHO}\\b.{0,25}\\bmujhe (?:jaan se )?(?:maar|mar) (?:dalega|daalega|dalegi|daalegi|dega|degi|denge|dalenge|daalenge|daal dega|dal dega|dalne ki dhamki|dene ki dhamki)\\b`,
    ),
  },
  {
    id: 'hi.pills-taken',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:maine|mene|main ne)\b.{0,25}\b(?:bahut|bahot|saari|sari|sab|kaafi|kafi|dher|poori|puri|ek saath|\d+)\b.{0,20}\b(?:goliyan|goliyaan|goli|pills|tablets|dawai|dawaiyan|davai|dawa)\b.{0,12}\b(?:kha|khaa|le|li|khali|kha li|kha lee|kha liye|le li|kha chuka|kha chuki|nigal)/,
  },
  {
    id: 'hi.not-safe',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:main|mai|me) (?:safe|surakshit) ${NAHI} (?:hoon|hun|hu|hoo)\\b`,
    ),
  },

  // Abuse, romanised.
  {
    id: 'hi.beats-me',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${WHO}\\b.{0,25}\\bmujhe (?:roz |har roz |har din |bahut |fir se |phir se |roj )?(?:(?:belt|danda|dande|chappal|joote|jute|haath|lath|rod|stick|chhadi|patte) se )?(?:maarta|marta|maarte|marte|maarti|marti|peet(?:ta|te|ti)|pitta|peeta|pita|mara|maara|maari|pitai|thappad|laat)\\b|\\bmujhe (?:roz |har roz |har din |bahut |fir se |phir se |roj )?(?:maarta|maarte|maarti|peet(?:ta|te|ti)|pitai (?:karta|karte|karti|hoti)) (?:hai|hain|h|tha|the|thi)\\b`,
    ),
  },
  {
    id: 'hi.sexual-abuse',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\bmere saath (?:zabardasti|jabardasti|zaberdasti|zabardasti se|galat kaam|ganda kaam|galat harkat|gandi harkat|galat tarike se|rape|balatkar)\b/,
  },
  {
    id: 'hi.dowry-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\bdahej (?:ke liye|ki wajah se|ke karan|ke chakkar mein)\b.{0,30}\b(?:maar|mar|peet|pit|tang|pareshan|torture|jala)/,
  },
  {
    id: 'hi.locked-in',
    kinds: ['abuse', 'immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:mujhe|hume|humein)\b.{0,20}\b(?:kamre|ghar|room) (?:mein|me|main) band (?:kar (?:diya|dete|rakha|deta|deti)|rakha)/,
  },
  {
    id: 'hi.bad-touch',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\bgalat (?:jagah|jagah pe|tarike se|tareeke se) (?:chhoo|chhu|chu|choo|touch)/,
  },
  {
    id: 'hi.abuse-word',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern: /\b(?:balatkar|balaatkaar|gharelu hinsa)\b/,
  },

  // Devanagari.
  {
    id: 'hi-deva.want-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /मर(?:ना|ने|\sजाना|\sजाने)\s(?:चाहता|चाहती|चाहते)/,
  },
  {
    id: 'hi-deva.mann-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /मरने\s(?:का|की)\s(?:मन|दिल|इरादा|ख्याल|खयाल|इच्छा)|मुझे\s(?:बस\s|अब\s)?मर(?:ना|\sजाना)\sहै|(?:मन|दिल|जी)\s(?:करता|करती|होता)\s(?:है\s)?(?:कि\s)?(?:मैं\s)?मर\sजा/,
  },
  {
    id: 'hi-deva.no-will-to-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /जीने\s(?:का|की)\s(?:मन|दिल|इच्छा|कोई\s(?:मतलब|वजह|मकसद|फायदा))\s(?:नहीं|नही|ना)|(?:जीना|जिंदा\sरहना|जिन्दा\sरहना)\s(?:नहीं|नही)\s(?:चाहता|चाहती|है)|(?:जिंदा|जिन्दा|जीवित)\s(?:नहीं|नही)\s(?:रहना|रहूंगा|रहूंगी)/,
  },
  {
    id: 'hi-deva.suicide',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /आत्महत्या|आत्म\sहत्या|खुदकुशी|खुदखुशी|सुसाइड/,
  },
  {
    id: 'hi-deva.take-own-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /अपनी\s(?:ही\s)?(?:जान|जिंदगी|जिन्दगी)\s(?:ले|खत्म)|(?:जिंदगी|जिन्दगी)\s(?:खत्म|समाप्त)\s(?:कर|करना|करने)/,
  },
  {
    id: 'hi-deva.method',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /फांसी|फंदा|फंदे|जहर\s(?:खा|पी)|नस\sकाट|(?:छत|पुल|बिल्डिंग|बालकनी|टेरेस)\sसे\sकूद|(?:ट्रेन|गाड़ी|गाडी)\sके\s(?:आगे|नीचे)\s(?:कूद|आ)/,
  },
  {
    id: 'hi-deva.self-harm',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern: /(?:खुद|अपने\sआप)\s?को\s(?:चोट|नुकसान|हर्ट|दर्द|काट|सजा|जला)/,
  },
  {
    id: 'hi-deva.kill-self',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /(?:खुद|अपने\sआप)\s?को\s(?:मार|खत्म)/,
  },
  {
    id: 'hi-deva.danger',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /जान\sसे\sमारने\sकी\sधमकी|मुझे\s(?:बचाओ|बचा\sलो)|मुझे\s(?:जान\sसे\s)?मार\s(?:डालेगा|डालेगी|डालेंगे|देगा|देगी|देंगे)|गोलियां\s(?:खा\sली|ले\sली)/,
  },
  {
    id: 'hi-deva.abuse',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /मुझे\s(?:रोज\s|बहुत\s|हर\sदिन\s)?(?:मारता|मारते|मारती|पीटता|पीटते|पीटती)|(?:मेरे|मेरी)\sसाथ\s(?:जबरदस्ती|गलत\sकाम|बलात्कार)|बलात्कार|दहेज\s(?:के\sलिए|की\sवजह)/,
  },
  {
    id: 'hi-deva.better-without-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /बोझ\s(?:हूं|हू|बन\sगया|बन\sगई)|मेरा\sहोना\s(?:बेकार|ना\sहोना)|मेरे\sबिना\sसब\s(?:खुश|बेहतर)|काश\sमैं\s(?:मर\sजाता|मर\sजाती|पैदा\sही\sन)|सब\s(?:कुछ\s)?खत्म\sकर\s(?:दूं|दूंगा|दूंगी|दू|लूं|दूँ)/,
  },
];
