import type { MaskRule } from './crisis-rule.js';

// Figures of speech that share words with crisis phrases. Their spans are blanked before the crisis rules run,
// so "I want to die of embarrassment" leaves "I want to" and nothing fires. Kept narrow on purpose: a mask
// that swallows a real disclosure is worse than a gentle check-in too many.

const THINGS =
  '(?:this|that|it|its|these|those|work|job|exams?|traffic|heat|school|college|office|deadlines?|homework|studies|physics|maths?|chemistry|stress|suspense|the (?:heat|traffic|exams?|work|job|deadlines?|meetings?|commute|homework|suspense|waiting|wait|workload|humidity|weather|noise|stress|course|syllabus|boss|lecture|kids|baby)|my (?:job|work|boss|exams?|back|feet|knees?|head|headache|stomach|workload|commute|manager|course|thesis|project|hangover|shoes|legs|neck))';
const FAMILY =
  '(?:mom|mum|mother|mama|mummy|mumma|dad|father|papa|daddy|parents|teacher|coach|boss|manager|sister|brother|grandma|grandpa|nani|dadi|sir|maam)';

export const HYPERBOLE_MASKS: readonly MaskRule[] = [
  {
    id: 'en.die-of',
    pattern:
      /\b(?:die|died|dying|dead) (?:of|from|with) (?:stress|tension|fomo|fear|fright|shock|cold|overwork|sleepiness|tiredness|embarrassment|shame|laughter|laughing|boredom|hunger|cringe|jealousy|happiness|joy|cuteness|excitement|curiosity|heat|the heat|thirst|exhaustion|envy|nerves|suspense)\b/g,
  },
  {
    id: 'en.dying-to',
    pattern:
      /\b(?:dying|die) to (?:see|try|know|meet|go|get|eat|watch|hear|tell|find out|read|visit|have|buy|talk|show)\b/g,
  },
  { id: 'en.to-die-for', pattern: /\bto die for\b/g },
  {
    id: 'en.kill-myself-laughing',
    pattern: /\bkill(?:ing|ed|s)? myself (?:laughing|with laughter)\b/g,
  },
  {
    id: 'en.could-sleep-forever',
    pattern:
      /\b(?:could|can|would) (?:easily |literally |honestly |happily |just )?sleep (?:forever|for (?:a|days|weeks|a week|a year|ages|a month|a decade))\b/g,
  },
  {
    id: 'en.sleep-forever-bounded',
    pattern:
      /\bsleep forever (?:this|on|the whole|all|till|until|tomorrow morning) ?(?:weekend|sunday|saturday|holiday|holidays|vacation|day|morning|afternoon|noon|lunch|break|diwali)?\b/g,
  },
  {
    id: 'en.live-somewhere',
    pattern:
      /\b(?:dont|do not|no longer|never) (?:want|wanna|wish) to live (?:in (?!this (?:world|body|life)|the world)|with|at|near|alone|on my own|there|abroad)\b/g,
  },
  {
    id: 'en.killing-myself-effort',
    pattern:
      /\bkilling myself (?:trying|working|studying|at|over|for|with|on|to (?:get|finish|make|meet|keep|pay|please|prepare|study))\b/g,
  },
  {
    id: 'en.thing-kills-me',
    pattern: new RegExp(
      `\\b${THINGS}(?: (?:is|are|will|would|literally|really|honestly|totally|actually|seriously|going to|gonna|might|could|is going to|are going to|is gonna|are gonna))* (?:kill|killing) me\\b`,
      'g',
    ),
  },
  {
    id: 'en.family-will-kill-me-if',
    pattern: new RegExp(
      `\\b${FAMILY}\\b(?: \\w+){0,4} (?:kill|murder) me (?:if|when|once|for|because|after|i (?:\\w+ed|forgot|broke|lost|spent|ate|missed|came|didnt|did not|wore|took|left|got|am late)|im late)\\b|\\b(?:if|when|once)\\b.{0,50}\\b${FAMILY}\\b(?: \\w+){0,4} (?:kill|murder) me\\b`,
      'g',
    ),
  },
  {
    id: 'en.could-kick-myself',
    pattern: /\bcould (?:hit|slap|kick|punch) myself\b/g,
  },
  {
    id: 'en.not-suicidal',
    pattern: /\b(?:not|never been|never was|never) suicidal\b/g,
  },
  {
    id: 'en.blame-hyperbole',
    pattern:
      /\b(?:kill|murder|slaughter|strangle) me for (?:\w+ing|being|not|the|my|this|that|a|an)\b/g,
  },
  {
    id: 'en.idiom-cut-slack',
    pattern:
      /\bcut(?:ting|s)? (?:myself|me|yourself) (?:some |a little |a bit of )?slack\b|\bcut(?:ting|s)? myself off (?:from|socially)\b/g,
  },
  {
    id: 'en.denial',
    pattern:
      /\b(?:would|will|could) never (?:ever )?(?:kill myself|end my life|take my (?:own )?life|hurt myself|harm myself|do that to myself)\b|\b(?:im|i am) not (?:going to|gonna) (?:kill myself|end my life|take my (?:own )?life|hurt myself|harm myself)\b/g,
  },
  {
    id: 'en.dont-want-to-die',
    pattern: /\b(?:dont|do not|never) (?:want|wanted|wanna) to die\b/g,
  },
  {
    id: 'hi.die-of',
    pattern:
      /\b(?:sharam|sharm|hasi|hansi|hassi|hasee|bhookh|bhook|bhukh|garmi|thand|thandi|bore|boredom|tension|khushi|neend|pyaas|pyas|intezaar|intezar)\s(?:se|ke maare|ke mare|ke maré)\s(?:mar|marna|marne|mar jaana|mar jana)\w*/g,
  },
  {
    id: 'hi.die-without-you',
    pattern:
      /\b(?:tere|tumhare|uske|unke|iske|\w+ ke) bina (?:main |mai )?(?:toh |to )?mar (?:jaunga|jaungi|jaaunga|jaaungi|jaun)\b|\bmar (?:jaunga|jaungi|jaaunga|jaaungi) (?:agar|jab)\b|\bagar\b.{0,40}\bmar (?:jaunga|jaungi|jaaunga|jaaungi)\b/g,
  },
  {
    id: 'hi.laugh-die',
    pattern:
      /\b(?:hass?|hans|has) (?:hass?|hans|has )?(?:ke|kar|karke) (?:mar|marna|marne)\w*/g,
  },
  {
    id: 'hi.family-will-kill-me-if',
    pattern:
      /\bagar\b.{0,60}\b(?:mummy|mumma|maa|mom|mummi|papa|pitaji|dad|daddy|boss|teacher|sir|madam|ghar wale|gharwale)\b.{0,40}\b(?:maar|mar) (?:dalegi|dalega|daalegi|daalega|degi|dega|denge|dalenge|daalenge|dalengi|daalengi)\b|\b(?:mummy|mumma|maa|mom|mummi|papa|pitaji|dad|daddy|boss|teacher|sir|madam|ghar wale|gharwale)\b.{0,20}\b(?:maar|mar) (?:dalegi|dalega|daalegi|daalega|degi|dega|denge|dalenge|daalenge|dalengi|daalengi)\b.{0,10}\b(?:agar|jab)\b/g,
  },
  {
    id: 'en.device-dies',
    pattern:
      /\b(?:phone|mobile|battery|laptop|charger|car|bike|scooter|plant|plants|bulb|tv|fridge|torch|watch|headphones|earphones|signal|wifi|server|engine)s?(?: \w+){0,2}? (?:is |are |will |gonna |going to |about to |is about to |is going to )*(?:die|dying|dead|died)\b/g,
  },
  {
    id: 'en.rather-die-than',
    pattern: /\b(?:rather|sooner) (?:die|be dead) than\b/g,
  },
  {
    // A comparison that makes the ordinary thing worse than poison ("mess ke khaane se achha toh zeher kha lu").
    id: 'hi.rather-than',
    pattern:
      /\b\w+ se (?:achha|accha|acha|behtar|better) (?:toh |to )?(?:main |mai )?(?:(?:zeher|zehar|jahar) (?:kha|pee?|pi) (?:lu|lun|loon|lunga|lungi)|mar (?:jaun|jau|jaunga|jaungi))\b/g,
  },
  {
    id: 'hi-deva.rather-than',
    pattern:
      /(?<!\S)\S+\sसे\s(?:अच्छा|बेहतर)\s(?:तो\s)?(?:मैं\s)?(?:\S+\s)?(?:(?:जहर)\s(?:खा|पी)\s(?:लूं|लू|लूंगा|लूंगी)|मर\s(?:जाऊं|जाउं|जाऊंगा|जाऊंगी))(?!\S)/g,
  },
  {
    // A taunt ("taana maarna"), not a blow.
    id: 'hi.taunt',
    pattern: /\b(?:taana|taane|tana|tane|tanna|tanne) (?:maar|mar)\w*|(?:ताना|ताने)\s(?:मार|दे)\S*/g,
  },
  {
    // Sleeping in ("dont want to wake up early, its sunday", "subah uthna hi nahi hai, sone de"), not never waking.
    id: 'sleep-in',
    pattern:
      /\b(?:dont|do not|never) (?:want|wanna) to (?:wake|get) up (?:early|before|till|until|at \d+|on (?:a )?(?:sunday|saturday|holiday))\b|\b(?:subah|kal) (?:jaldi )?(?:uthna|uthne) (?:hi )?(?:nahi|nhi|na) (?:hai|h|dena)\b(?=.{0,30}\b(?:sone|so ne|sunday|chhutti|itwaar|ravivar)\b)|(?<!\S)सुबह\s(?:जल्दी\s)?उठना\s(?:ही\s)?नहीं(?=.{0,30}(?:सोने|रविवार|संडे|छुट्टी))/g,
  },
  {
    id: 'en.die-if-i-dont',
    pattern:
      /\b(?:die|be dead) if (?:i|we) (?:dont|do not|cant|cannot|miss|have to|lose|dont get|dont see|cant get|\w+)\b/g,
  },
  {
    id: 'en.accidental-injury',
    pattern:
      /\b(?:cut|cuts|nicked|grazed|scraped|burned|burnt|burn|hurt|injured|scratched|bruised|twisted|sprained) (?:myself|my \w+)(?: \w+){0,3}? (?:(?:while |when )?(?!(?:morning|evening|something|nothing|anything|everything|thing|during|feeling|thinking|wanting|bleeding|king|ring|sting|spring|string|bring|ceiling)\b)\w+ing|at the gym|at gym|by accident|accidentally|in the kitchen|on (?:a |the |some )?(?:\w+ )?(?:tawa|stove|pan|iron|oven|cooker|kettle|geyser|heater|grill|tandoor|kadai|kadhai|bike|silencer|exhaust|pot)|during|in a (?:fall|match|game))\b/g,
  },
  {
    id: 'hi.cant-live-without',
    pattern:
      /\b(?:tere|tumhare|tumhaare|uske|unke|aapke|\w+ ke) bina (?:main |mai )?(?:toh |to )?(?:jee|ji|jeena|jina|reh|rah) (?:nahi|na|nhi) (?:sakta|sakti|paunga|paungi|paaunga|paaungi)\b/g,
  },
  {
    id: 'hi.for-you-give-life',
    pattern:
      /\b(?:tere|tumhare|tumhaare|aapke|uske|unke|iske|desh ke|dosti ke|pyaar ke|pyar ke|\w+ ke|\w+ ki) liye (?:toh |to |main |mai |bhi )*(?:apni )?jaan(?: bhi| tak)? (?:de|dena|dene|deni|hazir|haazir|kurban|qurban)\w*(?: \w+)?/g,
  },
  {
    id: 'hi.die-from-cause',
    pattern:
      /\bmar (?:jaunga|jaungi|jaaunga|jaaungi|gaya|gayi|gaye|raha|rahi|rahe) \w+ se\b/g,
  },
  {
    id: 'hi-deva.die-of',
    pattern: /(?:शर्म|हंसी|हंस\sहंस\sके|भूख|गर्मी|बोरियत|ठंड)\s(?:से\s)?मर\S*/g,
  },
  {
    id: 'hi-deva.for-you-give-life',
    pattern: /(?:के|की)\sलिए\s(?:तो\s|मैं\s|भी\s)*(?:अपनी\s)?जान\s(?:भी\s|तक\s)?(?:दे|हाजिर|कुर्बान)\S*(?:\s\S+)?/g,
  },
  {
    // A past one has recovered from ("used to self harm, four years clean") is not a disclosure of now.
    id: 'en.recovered-past',
    pattern:
      /\bused to (?:self harm|selfharm|cut(?: myself)?|hurt myself|harm myself|burn myself)\b(?=.{0,80}\b(?:clean|recovered|therapy|better now|stopped|years ago|since then|not anymore|dont anymore|proud)\b)/g,
  },
  {
    // Someone else's act long past, told in the pluperfect ("chacha ne phansi laga li thi"): grief, not a disclosure.
    id: 'hi.someone-elses-past',
    pattern:
      /\b(?!(?:maine|mene|humne|hamne)\b)\w+ ne\b(?: \w+){0,5}? (?:phaa?nsi|faa?nsi|zeher|zehar|jahar|suicide|khudkushi|aatmahatya|atmahatya|jaan) (?:laga|kha|kar|de) (?:li|liya|lee|di|diya) (?:tha|thi|the)\b/g,
  },
  {
    id: 'hi-deva.someone-elses-past',
    pattern:
      /(?<!\S)(?!मैंने|मैने|मैं\sने|हमने)\S+\sने(?:\s\S+){0,5}?\s(?:फांसी|जहर|आत्महत्या|खुदकुशी|जान)\s(?:लगा|खा|कर|दे)\s(?:ली|लिया|दी|दिया)\s(?:था|थी|थे)/g,
  },
  {
    // What a character does in a story, film or series ("jisme heroine ko pati roz maarta hai").
    id: 'hi.fiction',
    pattern:
      /\b(?:jisme|jismein|jis mein|film|movie|series|serial|show|kahani|story|novel|drama)\b(?: \w+){0,6}? (?:(?:suicide|khudkushi|aatmahatya) (?:karta|karti|karte|kar leta|kar leti|kar lete)|maarta|maarti|maarte|peet(?:ta|ti|te)|(?:maar|peet) (?:raha|rahi|rahe)|jala dete|jala deta|jala deti|(?:kood|kud) (?:jaata|jaati|jaate|jata|jati|jate)|(?:zeher|zehar|jahar) (?:kha|pee?|pi) (?:leta|leti|lete)|phaa?nsi laga (?:leta|leti|lete)|mar (?:jaata|jaati|jaate|jata|jati|jate)) (?:hai|hain)\b/g,
  },
  {
    id: 'hi-deva.fiction',
    pattern:
      /(?:फिल्म|मूवी|सीरियल|सीरीज|कहानी|नाटक|किताब|उपन्यास|जिसमें|जिसमे)(?:\s\S+){0,6}?\s(?:(?:आत्महत्या|खुदकुशी|सुसाइड)\s(?:कर\s(?:लेता|लेती|लेते)|करता|करती|करते)|मारता|मारती|मारते|पीटता|पीटती|पीटते|जला\sदेते|जला\sदेता|जला\sदेती|कूद\s(?:जाता|जाती|जाते)|जहर\s(?:खा|पी)\s(?:लेता|लेती|लेते)|फांसी\sलगा\s(?:लेता|लेती|लेते)|मर\s(?:जाता|जाती|जाते))\s(?:है|हैं)/g,
  },
  {
    // News of what someone else did ("akhbaar mein padha ek kisan ne zeher kha liya"): the reporter's sorrow, not their act.
    id: 'hi.news-of-someone',
    pattern:
      /\b(?:news|khabar|khabron|akhbaar|akhbar|paper|tv|channel)\b(?: \w+){0,3}? (?:padha|padhi|dekha|dekhi|suna|suni|aaya|aayi|aai|aa raha)\b(?: ki| ke)?(?: \w+){0,4}? (?!(?:maine|mene|main|mai|humne|hamne)\b)\w+ ne\b(?: \w+){0,8}? (?:kar (?:liya|li)|kha (?:liya|li)|pee? (?:liya|li)|pi (?:liya|li)|laga (?:liya|li)|de (?:di|diya)|maar (?:diya|dala|daala))\b/g,
  },
  {
    id: 'hi-deva.news-of-someone',
    pattern:
      /(?:खबर|न्यूज|अखबार|टीवी|चैनल)(?:\s\S+){0,3}?\s(?:पढा|देखा|सुना|आया|आई)(?:\s\S+){0,12}?\s(?:कर\s(?:ली|लिया)|खा\s(?:ली|लिया)|पी\s(?:ली|लिया)|लगा\s(?:ली|लिया)|दे\s(?:दी|दिया)|मार\s(?:दिया|डाला))/g,
  },
  {
    // Poison bought for pests or crops ("pesticide for the tomato plants"): household talk, not means.
    id: 'en.pest-control',
    pattern:
      /\b(?:rat poison|poison|pesticide|insecticide|weed ?killer|bug spray|spray)\b.{0,20}\b(?:for|against|to (?:kill|get rid of)) (?:the |my |our |these |those )?(?:\w+ )?(?:rats|mice|rodents|pests|cockroaches|roaches|termites|ants|bugs|insects|aphids|weeds|crops?|fields?|farm|garden|plants|store ?room|kitchen|mosquitoes|flies)\b/g,
  },
];
