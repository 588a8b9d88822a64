import { CrisisDetector, DEFAULT_CRISIS_THRESHOLDS } from './crisis-detector.js';

/** The rules' own concepts, without the classifier's opinion. */
describe('CrisisDetector concepts', () => {
  const detector = new CrisisDetector({ classifier: null });
  const kindsOf = (u: string) => detector.assess(u).kinds;

  it('composes an intent frame with any way of ending oneself', () => {
    expect(kindsOf('I want my life to be over')).toContain('suicidal_intent');
    expect(kindsOf("I'm seriously thinking of ending things")).toContain(
      'suicidal_intent',
    );
    expect(kindsOf('I have decided to take the extreme step')).toContain(
      'suicidal_intent',
    );
    expect(kindsOf('मुझे मर जाने का मन है')).toContain('suicidal_intent');
  });

  it('composes a person with violence done to me, in any script', () => {
    expect(kindsOf('My husband pushed me down the stairs')).toContain('abuse');
    expect(kindsOf('mera devar mujhe dhakka deta hai')).toContain('abuse');
    expect(kindsOf('मेरी सास मुझे पीटती है')).toContain('abuse');
  });

  it('keeps games, pressure and figures of speech out of the violence concept', () => {
    for (const u of [
      'My sister beat me at ludo',
      'My parents push me to study',
      'She hit me up yesterday',
      'My boss hits me with tasks',
    ])
      expect(detector.assess(u).isCrisis).toBe(false);
  });

  it('treats accidents, devices, idioms and plain denials as ordinary talk', () => {
    for (const u of [
      'I cut myself while slicing bread',
      'my laptop is about to die',
      'cutting myself some slack today',
      'I would never kill myself, I promise',
      "I don't want to live in Pune anymore",
      'tere liye jaan de dunga',
    ])
      expect(detector.assess(u).isCrisis).toBe(false);
  });

  it('still fires when a denial or figure of speech sits beside a real statement', () => {
    expect(
      detector.assess(
        'I would never kill myself but I have the pills ready for tonight',
      ).isCrisis,
    ).toBe(true);
    expect(
      detector.assess('this job is killing me and I want to die').isCrisis,
    ).toBe(true);
  });
});

describe('CrisisDetector on acts, means and imminence', () => {
  const rules = new CrisisDetector({ classifier: null });
  const shipped = new CrisisDetector();
  const kindsOf = (u: string) => rules.assess(u).kinds;

  it.each([
    ['en', "I cut my arm a few minutes ago and it's still bleeding"],
    ['hinglish', 'maine abhi kalai pe blade chala diya, khoon ruk nahi raha'],
    ['hi', 'मैंने अभी ब्लेड से अपनी कलाई काटी है, खून बह रहा है'],
  ])('tags a wound bleeding now as self-harm and immediate danger (%s)', (_lang, u) => {
    expect(kindsOf(u)).toEqual(expect.arrayContaining(['immediate_danger', 'self_harm']));
    expect(shipped.assess(u).kinds).toContain('immediate_danger');
  });

  it.each([
    ['en', "I'm standing on the terrace of my building and I'm going to jump"],
    ['hinglish', 'main bridge ki railing pe khada hu, bas ab kood jaunga'],
    ['hi', 'मैं पुल की रेलिंग पर खड़ा हूं, अब कूद जाऊंगा'],
  ])('tags standing at a height about to jump as immediate danger (%s)', (_lang, u) => {
    expect(kindsOf(u)).toEqual(expect.arrayContaining(['immediate_danger', 'suicidal_intent']));
    expect(shipped.assess(u).kinds).toContain('immediate_danger');
  });

  it('makes intent for tonight or with the means in hand immediate danger, not intent alone', () => {
    expect(kindsOf('I have decided to end my life tonight')).toContain('immediate_danger');
    expect(kindsOf('aaj raat zindagi khatam kar dungi')).toContain('immediate_danger');
    expect(kindsOf('आज रात मैं अपनी जान ले लूंगा')).toContain('immediate_danger');
    expect(kindsOf('मैंने अपनी नस काट ली है')).toContain('immediate_danger');
    expect(kindsOf('I have decided to end my life')).not.toContain('immediate_danger');
  });

  it.each([
    ['en', 'I ordered a rope and hid it in my cupboard, nobody knows'],
    ['en', "what's the lethal dose of paracetamol"],
    ['en', 'I crushed all my sleeping pills into a glass of juice'],
    ['hinglish', 'keetnashak ki bottle almari mein chhupa ke rakhi hai'],
    ['hinglish', 'kitni goliyan khane se maut ho jaati hai'],
    ['hi', 'सल्फास की गोलियां अलमारी में छुपा दी हैं'],
    ['hi', 'कितनी नींद की गोलियां खाने से मौत हो जाती है'],
    ['en', 'how many floors do you need to fall from to definitely die'],
    ['en', 'there is a charcoal grill in my car and i taped the windows'],
    ['hinglish', 'youtube pe dekh rahi thi phanda kaise banate hai'],
    ['hi', 'यूट्यूब पर देख रहा था कि नस कैसे काटते हैं'],
    ['hi', 'इंटरनेट पर देख रही थी कि कौन सा ज़हर सबसे जल्दी असर करता है'],
  ])('recognises means got, hidden, readied or looked up as suicidal intent, whatever the classifier says (%s)', (_lang, u) => {
    expect(kindsOf(u)).toContain('suicidal_intent');
    expect(shipped.assess(u).isCrisis).toBe(true);
  });

  it('makes a ligature tied or poison taken immediate danger', () => {
    expect(kindsOf('dupatta pankhe se baandh diya hai')).toEqual(['immediate_danger', 'suicidal_intent']);
    expect(kindsOf('I tied a rope to the ceiling fan')).toEqual(['immediate_danger', 'suicidal_intent']);
    expect(kindsOf('मैंने कीटनाशक पी लिया है')).toEqual(['immediate_danger', 'suicidal_intent']);
    expect(kindsOf('maine harpic pi liya hai')).toEqual(['immediate_danger', 'suicidal_intent']);
    // Poisons by the trade names they are bought under, in both scripts.
    for (const u of ['i drank ratol', 'ratol pi liya', 'मोनोक्रोटोफ़ॉस पी लिया', 'रेटोल खा लिया']) {
      expect(kindsOf(u)).toEqual(['immediate_danger', 'suicidal_intent']);
    }
    expect(kindsOf('bought ratol for the godown rats')).toEqual([]);
    expect(kindsOf('mummy sprays baygon in every room every night')).toEqual([]);
  });

  it('reads romanised Hindi spelled as it sounds', () => {
    expect(kindsOf('mujhe marr jana hai bas')).toContain('suicidal_intent');
    expect(kindsOf('maine apni nus kaat li hai')).toContain('self_harm');
    expect(kindsOf('we got married in 2010')).toEqual([]);
  });

  it('recognises violence at home happening now as abuse and immediate danger', () => {
    for (const u of ['my husband is hitting my mom right now', 'papa abhi bhai ko peet rahe hai', 'पापा अभी मम्मी को पीट रहे हैं'])
      expect(kindsOf(u)).toEqual(expect.arrayContaining(['immediate_danger', 'abuse']));
  });

  it('recognises everyday Hinglish and Hindi wishes to die', () => {
    expect(kindsOf('bhagwan ab mujhe utha le')).toContain('suicidal_intent');
    expect(kindsOf('dil karta hai bas mar hi jaun')).toContain('suicidal_intent');
    expect(kindsOf('हे ईश्वर मुझे उठा ले')).toContain('suicidal_intent');
  });

  it('leaves hyperbole, fiction, news, household means and others\' pasts alone', () => {
    for (const u of [
      'this traffic is killing me',
      'mar gaya hasi se',
      'teri biryani ke liye toh jaan de du',
      'उसके हाथ की खीर के लिए तो मैं जान दे दूं',
      'इतनी भूख लगी है कि मर जाऊंगा',
      'मेरे दादा ने बरसों पहले ज़हर खा लिया था',
      'ek serial dekha jisme pati biwi ko maarta hai',
      'kal movie dekhi jisme heroine chhat se kood jaati hai',
      'doctor ne neend ki goli di hai, aadhi raat ko leni hai',
      'bought rat poison for the mice in the storeroom',
      'bought some rat poison, the mice are eating the rice sacks',
      'bought pesticide for the tomato plants, aphids everywhere',
      'mummy ke haath mein chaaku hai, sabzi kaat rahi hai',
      'log mujhe taane maar rahe hai',
      'saas har baar taana maarti hai, ab main bhi hans deti hu',
      'लौकी खाने से अच्छा तो मैं भूखा मर जाऊं',
      'nicked myself shaving this morning, it bled a bit',
      'i dont want to wake up early tomorrow, its sunday',
      'i used to self harm in school but i am three years clean now',
    ])
      expect({ u, crisis: rules.assess(u).isCrisis }).toEqual({ u, crisis: false });
  });

  it('recognises violence a relative has done without a pronoun, in both scripts', () => {
    expect(rules.assess('bahu ne dhakka dekar gira diya, uth nahi pa rahi').kinds).toContain('abuse');
    expect(rules.assess('पति ने लाठी से मारा हाथ सूज गया है').kinds).toContain('abuse');
    expect(rules.assess('bhaiya ne mera phone tod diya').isCrisis).toBe(false);
    expect(rules.assess('ससुराल वालों ने कमरे में बंद करके पीटा').kinds).toContain('abuse');
    expect(rules.assess('सुबह खौलता पानी मेरे ऊपर फेंक दिया').kinds).toContain('abuse');
  });

  it('recognises a poison to be taken, many pills swallowed, a leap and a ligature tested, as concepts', () => {
    expect(rules.assess('फिनाइल पीकर सो जाऊंगा').kinds).toContain('suicidal_intent');
    expect(rules.assess('पिल्स का पूरा पत्ता निगल लिया').kinds).toEqual(['immediate_danger', 'suicidal_intent']);
    expect(rules.assess('बुखार की गोली खा ली').isCrisis).toBe(false);
    expect(rules.assess('kal nahar mein chhalang laga dunga').kinds).toContain('suicidal_intent');
    expect(rules.assess('pankhe ko hila ke check kiya, mera weight jhel lega').kinds).toContain('suicidal_intent');
    expect(rules.assess('पंखा ठीक है मेरा वजन झेल लेगा').kinds).toContain('suicidal_intent');
  });

  it('reads news of someone else as news, and poison taken by the speaker as immediate danger', () => {
    expect(rules.assess('akhbaar mein padha ek kisan ne karz ki wajah se zeher kha liya').isCrisis).toBe(false);
    expect(rules.assess('अखबार में पढ़ा कि एक किसान ने कर्ज़ के कारण ज़हर खा लिया').isCrisis).toBe(false);
    expect(shipped.assess('maine abhi zeher kha liya hai').kinds).toContain('immediate_danger');
  });
});

describe('CrisisDetector', () => {
  const detector = new CrisisDetector();

  it('reports kinds by urgency, the signal and the rule ids, never the words', () => {
    const result = detector.assess('I just took a whole bottle of pills');
    expect(result).toEqual({
      isCrisis: true,
      kinds: ['immediate_danger', 'suicidal_intent'],
      signal: 'explicit',
      rules: ['en.overdose-taken'],
      score: expect.any(Number),
      detectedBy: 'rules',
    });
  });

  it('marks an indirect signal as implicit', () => {
    expect(
      detector.assess('Everyone would be better off without me').signal,
    ).toBe('implicit');
  });

  it('is indifferent to case, punctuation, curly apostrophes and nukta spellings', () => {
    expect(detector.assess('I DON’T WANT TO LIVE ANYMORE!!!').isCrisis).toBe(
      true,
    );
    expect(detector.assess('ख़ुदकुशी').isCrisis).toBe(true);
    expect(detector.assess('खुदकुशी').isCrisis).toBe(true);
  });

  it('still fires when a figure of speech and a real statement share a sentence', () => {
    expect(
      detector.assess(
        'This job is killing me and honestly I want to kill myself',
      ).isCrisis,
    ).toBe(true);
  });

  it('asks the classifier for more agreement in a benign frame, unless the act is now', () => {
    const strict = new CrisisDetector({ thresholds: { ...DEFAULT_CRISIS_THRESHOLDS, framedRule: 1.01, framedFire: 1.01 } });
    const framed = 'in that film the girl says i want to kill myself and everyone cries';
    expect(detector.assess(framed.replace('in that film ', '')).isCrisis).toBe(true);
    expect(strict.assess(framed).isCrisis).toBe(false);
    expect(strict.assess(`${framed}, and i want to kill myself right now`).isCrisis).toBe(true);
  });

  it('lets the classifier alone fire from the bar of the turn\'s language', () => {
    const bars = new CrisisDetector({ thresholds: { ...DEFAULT_CRISIS_THRESHOLDS, fire: 0, fireByLanguage: { hinglish: 1.01 } } });
    expect(bars.assess('what a lovely evening for a walk by the lake').detectedBy).toBe('classifier');
    expect(bars.assess('aaj shaam ko hum bazaar jaayenge aur chai piyenge').isCrisis).toBe(false);
  });

  it('returns nothing for empty or blank input', () => {
    expect(detector.assess('').isCrisis).toBe(false);
    expect(detector.assess('   ?!  ').isCrisis).toBe(false);
  });

  it('accepts its own rule table', () => {
    const custom = new CrisisDetector({
      rules: [
        {
          id: 'test.word',
          kinds: ['abuse'],
          signal: 'explicit',
          pattern: /\bbanana\b/g,
        },
      ],
      masks: [],
      classifier: null,
    });
    expect(custom.assess('banana').rules).toEqual(['test.word']);
    expect(custom.assess('banana again').rules).toEqual(['test.word']);
    expect(custom.assess('I want to kill myself').isCrisis).toBe(false);
  });

  it('screens only the first part of a very long message, so its cost stays bounded', () => {
    const filler = 'I had a long day and '.repeat(5_000);
    expect(detector.assess(`I want to kill myself. ${filler}`).isCrisis).toBe(true);
    expect(detector.assess(`${filler}I want to kill myself`).isCrisis).toBe(false);
  });
});
