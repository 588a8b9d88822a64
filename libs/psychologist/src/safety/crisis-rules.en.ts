import type { CrisisRule } from './crisis-rule.js';

// Written against normalizeUtterance(): lower case, "'ll" as " will", no other apostrophes ("dont", "im"), single spaces.

/** People whose violence the person may be describing. */
const PERSON =
  '(?:he|she|they|someone|somebody|a man|a guy|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|father|dad|papa|stepfather|stepdad|mother|mom|mum|stepmother|stepmom|brother|sister|uncle|aunt|cousin|in laws|mother in law|father in law|teacher|tutor|coach|boss|fiance|landlord|neighbou?r))';
const PILLS =
  '(?:pills|tablets|meds|medication|medicines?|sleeping pills|paracetamol|painkillers|antidepressants|insulin)';

export const ENGLISH_CRISIS_RULES: readonly CrisisRule[] = [
  // Suicidal intent, said outright.
  {
    id: 'en.kill-myself',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:kill|killing|killed|off|offing|hang|hanging|shoot|shooting) myself\b/,
  },
  {
    id: 'en.end-my-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:end|ending|take|taking|took) my (?:own )?life\b(?! back)/,
  },
  { id: 'en.end-it-all', kinds: ['suicidal_intent'], signal: 'explicit', pattern: /\bend(?:ing)? (?:it all|everything|it tonight|it today|it now)\b/ },
  {
    id: 'en.want-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:want|wanna|wanted|wish|would like|id like|going|gonna|ready|deserve|need|plan|planning|decided|intend|trying) (?:to )?(?:die|be dead)\b/,
  },
  { id: 'en.wish-dead', kinds: ['suicidal_intent'], signal: 'explicit', pattern: /\bwish (?:i )?(?:was|were|could be) dead\b/ },
  {
    id: 'en.dont-want-to-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:dont|do not|no longer|dont really|dont even) (?:want|wish|wanna) (?:to )?(?:live|be alive|exist|be here anymore|be here any more|go on living)\b/,
  },
  {
    id: 'en.suicidal-self',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am|i feel|i felt|feel|feeling|felt|been|getting|get|so|very|really|pretty|kinda|kind of|bit|little|extremely|quite) suicidal\b|\bsuicidal (?:thoughts|thinking|feelings|ideation|urges|again|lately|today|tonight|right now)\b/,
  },
  {
    id: 'en.commit-suicide',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:commit|committing|attempt|attempting|considering|consider|contemplating|planning|plan|thinking of|thinking about|thought about|going to|gonna|want to|wanna|will|might) (?:commit |committing )?suicide\b/,
  },
  {
    id: 'en.thinking-of-dying',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:think|thinking|thought|thoughts) (?:a lot |constantly |always )?(?:about|of) (?:killing myself|ending (?:it|my life|everything)|taking my (?:own )?life)\b/,
  },
  {
    id: 'en.method-jump',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:i|to|gonna|wanna|will|im|about to|going to|could) (?:just )?(?:jump|throw myself) (?:off|from|in front of|under) (?:a |the |this |that |my )?(?:bridge|roof|building|terrace|balcony|cliff|train|bus|truck|car|metro|tracks?|window|flyover)\b/,
  },
  {
    id: 'en.method-overdose',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:i|to|gonna|wanna|will|im|going to|about to|could) (?:just )?(?:overdose|od)\b/,
  },
  {
    id: 'en.method-wrists',
    kinds: ['suicidal_intent', 'self_harm'],
    signal: 'explicit',
    pattern: /\b(?:slit|slitting|cut|cutting|slash|slashing) my (?:wrists?|veins?|throat)\b/,
  },
  { id: 'en.suicide-note', kinds: ['suicidal_intent'], signal: 'explicit', pattern: /\b(?:suicide|goodbye) (?:note|letter)s?\b/ },

  // Suicidal intent, said indirectly.
  {
    id: 'en.better-off-without-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\bbetter (?:off )?(?:dead|without me)\b/,
  },
  {
    id: 'en.no-reason-to-live',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:no|not any|lost (?:my|all|any)|dont have (?:a|any)|cant find (?:a|any)) (?:reason|point|will|desire) (?:to|in|for) (?:live|living|go on|going on|be alive|being alive|carry on|carrying on)\b|\bwhats the point (?:of|in) (?:living|life|going on|being alive|waking up)\b/,
  },
  {
    id: 'en.not-worth-living',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\b(?:isnt|is not|aint|not) worth living\b|\blife (?:isnt|is not|aint) worth it\b/,
  },
  {
    id: 'en.never-wake-up',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\b(?:sleep|fall asleep|go to sleep) and (?:never|not) wake up\b|\b(?:hope|wish|pray) (?:i )?(?:dont|do not|never|wont) wake up\b|\bdont want to wake up\b/,
  },
  {
    id: 'en.disappear-forever',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:want|wanna|wish i could|need) (?:to )?(?:disappear|vanish) (?:forever|for good|permanently|from (?:this|the) world)\b|\b(?:want|wanna|wish i could) (?:to )?(?:stop existing|not exist|cease to exist)\b/,
  },
  { id: 'en.never-born', kinds: ['suicidal_intent'], signal: 'implicit', pattern: /\bwish (?:i )?(?:had|was|were) never (?:been )?born\b/ },
  {
    id: 'en.cant-go-on',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\b(?:cant|cannot|can not) (?:go on|keep going|keep living|do life) (?:anymore|any more|like this|much longer)\b|\bcant go on living\b/,
  },
  {
    id: 'en.tired-of-living',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\b(?:tired|sick|done) (?:of|with) (?:living|being alive|existing|life itself)\b|\bdone with life\b/,
  },
  { id: 'en.burden', kinds: ['suicidal_intent'], signal: 'implicit', pattern: /\b(?:im|i am|feel like|feel like im|feel like i am) (?:just |such |only |nothing but )?a burden\b/ },
  {
    id: 'en.goodbyes',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bgiv(?:e|ing|en) away (?:all )?my (?:things|stuff|belongings|possessions)\b|\b(?:saying|say|said) (?:my )?goodbyes? (?:to everyone|to everybody|forever|for good|to all of you)\b|\b(?:wont|will not) be (?:here|around|alive) (?:much longer|for long|anymore|any more)\b/,
  },
  { id: 'en.past-attempt', kinds: ['suicidal_intent'], signal: 'implicit', pattern: /\bi (?:have |had |once |already )?(?:attempted|tried) suicide\b/ },

  // Self-harm.
  {
    id: 'en.self-harm-urge',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:want|wanna|urge|urges|feel like|going|gonna|tempted|need|started|start|been|keep|kept|cant stop|thinking about|thinking of|thought about|relapsed and) (?:to )?(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|punch|punching|hit|hitting|scratch|scratching|starve|starving) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|body))\b/,
  },
  {
    id: 'en.self-harm-act',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:cut|cutting|burned|burnt|burning|hurt|hurting|harmed|harming) myself (?:again|on purpose|deliberately|intentionally|last night|every night|to feel)\b|\bcutting again\b|\bi (?:self harm|selfharm)\b/,
  },
  { id: 'en.self-harm-mention', kinds: ['self_harm'], signal: 'implicit', pattern: /\bself ?harm(?:ing|ed)?\b|\bself injur(?:y|ing)\b/ },
  { id: 'en.deserve-pain', kinds: ['self_harm'], signal: 'implicit', pattern: /\bi deserve (?:to (?:suffer|be hurt|feel pain|be punished)|pain|the pain)\b/ },

  // Immediate danger.
  {
    id: 'en.overdose-taken',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:took|have taken|ive taken|taken|swallowed|just took|ate|downed) (?:an overdose|(?:a lot of|all (?:of )?(?:my|the)|too many|a bunch of|a handful of|\\d+|a whole (?:bottle|strip|pack) of|the whole (?:bottle|strip|pack) of) (?:my |the |of )?${PILLS})\\b`,
    ),
  },
  {
    id: 'en.on-the-edge',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:im|i am) (?:standing |sitting |right )?on (?:the |a )?(?:edge|ledge|roof|railing|bridge|tracks|railway tracks?) (?:now|right now|of)\b|\b(?:im|i am) about to jump\b/,
  },
  {
    id: 'en.not-safe',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am) (?:not safe|in danger|unsafe)\b|\b(?:dont|do not) feel safe (?:at home|here|with him|with her|with them|in my (?:own )?(?:house|home|room))\b/,
  },
  {
    id: 'en.threat-to-life',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:trying|tried|threatening|threatened|threatens|threaten|wants|want|going|gonna|will|is going|said he would|said she would|said they would) (?:to )?(?:kill|hurt|attack|rape|stab|shoot|strangle|burn) me\b/,
  },
  {
    id: 'en.armed-person',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${PERSON} (?:has|have|got|is holding|holding|is pointing|pointed|came at me with|attacked me with) (?:a |his |her |their )?(?:gun|knife|weapon|blade)\\b`,
    ),
  },
  {
    id: 'en.intruder',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:someone|somebody|a man|a guy|a stranger|some guy|some man) (?:is |has been |keeps |kept )?following me\b|\b(?:breaking|broke|trying to break) into (?:my|the|our) (?:house|home|room|flat|apartment)\b/,
  },
  { id: 'en.locked-in', kinds: ['immediate_danger', 'abuse'], signal: 'explicit', pattern: /\blocked me (?:in|inside|up)\b/ },

  // Abuse.
  {
    id: 'en.abuse-by-person',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${PERSON} (?:(?:always|still|often|keeps|sometimes|again|regularly|used to|has been|had|has|also|then|just) )?(?:hits?|hitting|beats?|beating|beat|slaps?|slapped|slapping|kicks?|kicked|kicking|punch(?:es|ed)?|punching|chokes?|choked|choking|strangles?|strangled|burns?|burned|burnt|rapes?|raped|molests?|molested|molesting|abuses?|abused|abusing|forces?|forced|threatens|threatened) me\\b`,
    ),
  },
  {
    id: 'en.abused-passive',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:i am|im|i was|i have been|ive been|i get|i got|i keep getting) (?:being )?(?:abused|raped|molested|sexually (?:abused|assaulted|harassed)|assaulted|trafficked|groomed|beaten up|beaten by)\b/,
  },
  {
    id: 'en.abusive-relationship',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: new RegExp(`\\b${PERSON} (?:is|are|has been|was|gets|can be) (?:very |really |so |often )?(?:abusive|violent)\\b`),
  },
  {
    id: 'en.sexual-coercion',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:forced|forcing|forces|pressured|pressures) me (?:to have sex|into sex|to do (?:sexual )?things|to sleep with)\b|\btouch(?:es|ed|ing)? me (?:inappropriately|without (?:my )?consent|down there)\b/,
  },
  {
    id: 'en.abuse-mention',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern: /\b(?:domestic (?:violence|abuse)|marital rape|dowry (?:harassment|torture|demands?|death))\b/,
  },
];
