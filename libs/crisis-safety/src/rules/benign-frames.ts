/**
 * Contexts that put crisis words at a distance from the speaker's present: a film, the news or a game; a past that
 * is long over; someone else's act; a joke; a question about medicine; going away for a stated while; pests at home. They are concepts, not phrases: a frame names
 * the context, whatever the crisis words inside it. A frame blanks nothing (a person in distress also says "lol" and
 * talks about the news): it only asks the classifier for more agreement before a rule or the classifier alone
 * counts, and it is one of the classifier's features. Written against normalizeUtterance()'s output; Devanagari
 * without \b (JavaScript word boundaries are ASCII-only).
 */
export type BenignFrame =
  | 'media'
  | 'resolved_past'
  | 'recovered'
  | 'someone_else'
  | 'joke'
  | 'medical'
  | 'bounded_absence'
  | 'household_pests';

const FRAMES: Readonly<Record<BenignFrame, RegExp>> = {
  // What is seen or read: a film, series, the news, a post, a game and what happens in it.
  media:
    /\b(?:films?|movies?|web series|series|serials?|episodes?|scenes?|trailer|documentary|novel|news|newspaper|headlines?|article|reels?|netflix|podcast|characters?|in the game|in game|(?:my|the|on) (?:feed|timeline)|on (?:tv|television|instagram|insta|twitter)|kahani|khabar|khabron|akhbaa?r|paper (?:mein|me|main|pe|par)|tv (?:pe|par|mein|me)|channel|game (?:mein|me|main))\b|(?<!\S)(?:फिल्म|मूवी|सीरियल|सीरीज|एपिसोड|कहानी|खबर|न्यूज|अखबार|टीवी|चैनल|रील|गेम|उपन्यास|नाटक)\S*/,
  // A past that is over (years ago, childhood, a year named, "used to ... now"), unless it has started again.
  resolved_past:
    /^(?!.*\b(?:again|started again|phir se|fir se|ab phir|ab fir)\b)(?!.*(?:अब\sफिर|फिर\sसे|दोबारा)).*(?:\b(?:(?:\d+|a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty) years? (?:ago|back|now|since|clean|sober|later)|years (?:ago|back|later)|long (?:time )?ago|back (?:in|when) |when (?:i|we) (?:was|were) (?:a |little |small )?(?:kids?|children|young|little|small|teenagers?|in school|in college)|in (?:19|20)\d\d|(?:19|20)\d\d (?:mein|me|main)|used to\b.{0,80}\b(?:now|anymore|since|clean|better|okay|ok|fine|over)|(?:barso|barson|barason|saalon|salon|kai saal|\d+ saal|das saal|bees saal) (?:pehle|pahle|ho gaye|ho gye|se)|bachpan (?:mein|me|main))\b|(?:बरसों|सालों|कई\sसाल|\d+\sसाल|दस\sसाल|बीस\sसाल)\s(?:पहले|हो\sगए|हो\sगये|से)|बचपन\sमें|दिनों\sमें|(?:19|20)\d\d\sमें)/,
  // Recovered: "ab wo theek hai", "now I'm happy", "therapy se sab theek ho gaya".
  recovered:
    /\b(?:ab (?:wo|woh|vo|main|mai|sab)(?: \w+)? (?:theek|thik|khush|safe) (?:hai|hain|hu|hoon|hun|ho gaya|ho gayi|ho gaye)|now (?:she|he|they|i|im|its|everything)(?: is| am| are)? (?:fine|okay|ok|better|happy|safe)|therapy se)\b|(?<!\S)अब\s(?:वो|वह|मैं|सब)\s(?:\S+\s)?(?:ठीक|खुश)\s(?:है|हैं|हूं|हो\sगया|हो\sगई|हो\sगए)(?!\S)/,
  // Going away for a stated while ("for two weeks", "ek hafte sasural", "कुछ दिनों के लिए"): a trip, not a goodbye.
  bounded_absence:
    /\b(?:for (?:a|one|two|three|a few|few|a couple of) (?:days|weeks|months)|for the weekend|(?:ek|do|teen|kuch) (?:din|dino|dinon|hafte|haftey|mahine) ke liye|(?:hafte|mahine) bhar ke liye|on (?:training|leave|vacation|holiday|a trip))\b|(?<!\S)(?:(?:कुछ|एक|दो|तीन)\s(?:दिन|दिनों|हफ्ते|महीने)\sके\sलिए|(?:हफ्ते|महीने)\sभर\sके\sलिए)(?!\S)/,
  // Poison or traps against pests that are there ("keedon se bachane ke liye", "chuhe bahut ho gaye").
  household_pests:
    /\b(?:(?:chuh|chuh|keed|keer|deemak|dimak|cockroach|tilchatt|machhar|makkh)\w*(?: \w+){0,2} (?:bahut|zyada|jyada) (?:ho gaye|ho gayi|aa gaye|aa gayi|hain|hai)|(?:chuhon|keedon|deemak|dimak|cockroachon|machharon|makkhiyon) (?:se bachane|ko bhagane|ke liye)|(?<!not |isnt |is not )for (?:the )?(?:rats|mice|pests|cockroaches|termites|ants|bugs|weeds|crops))\b|(?<!\S)(?:चूहों|कीड़ों|कीडों|दीमक|मच्छरों)\s(?:से\sबचाने|को\sभगाने|के\sलिए)/,
  // Someone else, not named as close to the speaker, did it ("a patient tried", "ek student ne", "एक आदमी"): the
  // speaker is a witness. Named relatives are left out: "papa ne maara" is usually violence the speaker lives with.
  someone_else:
    /\b(?:(?:a|an|one|some|this|that) (?:man|woman|guy|girl|boy|student|patient|techie|kid|child|person|farmer|actor|actress|celebrity|lady|teenager|worker)\b(?: \w+){0,4} (?:who )?(?:died|killed|hanged|jumped|tried|took|drank|overdosed|shot|slit|was)|ek (?:\w+ ){1,2}ne)\b|(?<!\S)एक(?:\s\S+){1,2}\sने(?!\S)|(?<!\S)एक\s(?:आदमी|औरत|लड़का|लड़की|मरीज|छात्र|किसान|व्यक्ति)(?!\S)/,
  // A joke, unless it is said not to be one.
  joke: /^(?!.*\b(?:not (?:a |in a )?(?:joke|joking|funny|kidding)|no joke|not even joking|seriously|mazaa?k nahi)\b).*(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|mazaa?k (?:mein|me|main|tha|hai)|majaa?k)\b|हाहा|मजाक(?!\sनहीं))/,
  // A question about medicine: doses, side effects, when to take it.
  medical:
    /\b(?:dose|doses|dosage|side effects?|prescribed|mg|ml|khaa?li pet|khaa?ne ke (?:baad|pehle|bad)|for (?:fever|pain|headache|cold|cough|bp|sugar))\b|(?:डोज|साइड\sइफेक्ट|खाली\sपेट|खाने\sके\s(?:बाद|पहले)|पर्चे|बुखार)/,
};

/** The benign frames of a normalised, screened utterance, in a fixed order. */
export function benignFrames(text: string): BenignFrame[] {
  return (Object.keys(FRAMES) as BenignFrame[]).filter((frame) => FRAMES[frame].test(text));
}
