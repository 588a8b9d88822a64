import type { CrisisRule } from './crisis-rule.js';
import { POISON_TRADE } from './lexicon.js';

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
    pattern:
      /\b(?:kill|killing|killed|off|offing|hang|hanging|shoot|shooting) myself\b/,
  },
  {
    // Chat shorthand for "kill myself"; a figure of speech around it ("kms energy") is for the classifier to overrule.
    id: 'en.kms',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:kms|kmsl)\b/,
  },
  {
    id: 'en.end-my-life',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:end|ending|take|taking|took) my (?:own )?life\b(?! back)/,
  },
  {
    id: 'en.end-it-all',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\bend(?:ing)? (?:it all|everything|it tonight|it today|it now|my suffering|the suffering|this suffering)\b/,
  },
  {
    id: 'en.want-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:want|wants|wanna|wanted|wish|would like|id like|going|gonna|ready|deserve|need|plan|planning|decided|intend|trying) (?:to )?(?:die|be dead|stop living|stop being alive|not be alive anymore)\b/,
  },
  {
    id: 'en.wish-dead',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: /\bwish (?:i )?(?:was|were|could be) dead\b/,
  },
  {
    id: 'en.dont-want-to-live',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:dont|do not|no longer|dont really|dont even) (?:want|wish|wanna) (?:to )?(?:live|be alive|exist|be here anymore|be here any more|go on living)\b/,
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
      /\b(?:commit|committing|attempt|attempting|considering|consider|contemplating|planning|plan|thinking of|thinking about|thought about|going to|gonna|want to|wanna|will|might) (?:commit |committing |my |my own )?suicide\b/,
  },
  {
    id: 'en.thinking-of-dying',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:think|thinking|thought|thoughts) (?:a lot |constantly |always )?(?:about|of) (?:killing myself|ending (?:it|my life|everything)|taking my (?:own )?life)\b/,
  },
  {
    id: 'en.method-jump',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:i|to|gonna|wanna|will|im|about to|going to|could) (?:just )?(?:jump|throw myself) (?:off|from|in front of|under|out of) (?:a |the |this |that |my |our )?(?:\w+ )?(?:bridge|roof|building|terrace|balcony|cliff|train|bus|truck|car|metro|tracks?|window|flyover|floor|storey|story)\b/,
  },
  {
    id: 'en.method-overdose',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:i|to|gonna|wanna|will|im|going to|about to|could) (?:just )?(?:overdose|od)\b/,
  },
  {
    id: 'en.method-wrists',
    kinds: ['suicidal_intent', 'self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:slit|slitting|cut|cutting|slash|slashing) my (?:wrists?|veins?|throat)\b/,
  },
  {
    id: 'en.method-pills-intent',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b(?:will|going to|gonna|want to|wanna|plan to|planning to|about to|thinking of|thinking about) (?:take|taking|swallow|swallowing) (?:all|a lot of|the whole|too many|every one of|a handful of) (?:of )?(?:my |the )?(?:bottle of |strip of |pack of )?${PILLS}\\b`,
    ),
  },
  {
    id: 'en.no-way-out',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\bno (?:other )?way out (?:other than|except|but) (?:dying|death|to die|suicide|ending it|killing myself)\b/,
  },
  {
    id: 'en.method-crash',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:going to|gonna|will|want to|wanna|thinking of|thinking about|about to|might) (?:just )?(?:drive|crash|steer|ram|swerve) (?:my |the )?(?:car|bike|scooter|motorcycle|motorbike)? ?(?:into|off|in front of)\b/,
  },
  {
    id: 'en.end-it',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:want|wanna|going|gonna|need|ready|decided|plan|planning|about|think im going) (?:to )?end it\b(?! with| between| for)/,
  },
  {
    id: 'en.method-poison',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:rat poison|poison|pesticide|insecticide|bleach|phenyl|kerosene|acid)\b.{0,40}(?<!\b(?:mice|mouse|rats?|rodents?|cockroach\w*|insects?|pests?|termites?|ants|bugs|animals?|cattle|cows?|goats?|dogs?|cats?|birds?|crops?)\b(?: are| is| were| was| will| keep| keeps| have been| had been| started| start)? )\b(?:drink|drinking|swallow|swallowing|eat|eating|consume)\b|\b(?:drink|swallow|eat|consume) (?:the |some |a bottle of )?(?:rat poison|poison|pesticide|insecticide|bleach|phenyl|kerosene|acid)\b/,
  },
  {
    id: 'en.do-it-with-means',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:going to|gonna|will) (?:finally |really )?do it\b.{0,40}\b(?:pills|rope|noose|knife|blade|gun|poison)\b/,
  },
  {
    id: 'en.method-drown',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\bdrown myself\b|\b(?:going to|gonna|want to|wanna|will) (?:just )?(?:walk|wade) into (?:the )?(?:sea|ocean|river|lake|water)\b|\bnoose\b/,
  },
  {
    id: 'en.death-only-option',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:death|dying|suicide) (?:is|seems|feels like) (?:the|my) only (?:option|way out|answer|choice|solution|escape)\b/,
  },
  {
    id: 'en.suicide-note',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:suicide|goodbye) (?:note|letter)s?\b|\b(?:wrote|written|writing|write) (?:a |my |the |some )?(?:letters?|notes?|messages?)\b.{0,40}\b(?:goodbye|farewell)\b/,
  },

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
    pattern:
      /\b(?:isnt|is not|aint|not) worth living\b|\blife (?:isnt|is not|aint) worth it\b/,
  },
  {
    id: 'en.never-wake-up',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:and|to) (?:just )?(?:never|not) wake up\b|\b(?:hope|wish|pray) (?:i )?(?:dont|do not|never|wont) wake up\b|\bdont want to wake up\b/,
  },
  {
    id: 'en.disappear-forever',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:want|wanna|wish i could|need) (?:to )?(?:disappear|vanish) (?:forever|for good|permanently|from (?:this|the) world)\b|\b(?:want|wanna|wish i could) (?:to )?(?:stop existing|not exist|cease to exist)\b/,
  },
  {
    id: 'en.no-way-out-alone',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:i see|i can see|i cant see|theres|there is|there seems to be) (?:no|any) (?:other )?way out\b(?! of)/,
  },
  {
    id: 'en.if-i-were-gone',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:nobody|no one|noone|who) (?:would|will|is going to|gonna) (?:even |really )?(?:notice|care|miss me)\b.{0,20}\bif i (?:was|were|am|died|disappeared|wasnt here|werent here)\b|\bif i (?:was|were) (?:gone|dead|not here anymore|not around anymore)\b(?! for)/,
  },
  {
    id: 'en.pain-to-stop-forever',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:want|need|wish) (?:the|this|all the|all this|my|it|everything) (?:pain |suffering |hurt )?to (?:stop|end) (?:forever|for good|permanently)\b/,
  },
  {
    id: 'en.no-point-anymore',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:dont|do not|cant|cannot) see (?:the|any) point (?:anymore|any more|in (?:living|life|going on|anything)|of (?:living|life|anything))\b/,
  },
  {
    id: 'en.means-ready',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:bought|got|have|keeping|kept|hid|hidden|saving up|saved up|collecting|collected)\b.{0,25}\b(?:rope|noose|pills|tablets|meds|medication|sleeping pills|razor|blades?|poison|gun)\b.{0,30}\b(?:ready|to use|use (?:it|them)|for tonight|for when|for the end|just in case)\b|\bstockpil(?:e|ed|es|ing) (?:my |the |some )?(?:pills|tablets|meds|medications?|medicines?|sleeping pills|painkillers)\b/,
  },
  {
    id: 'en.easier-if-i-didnt-exist',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:easier|better|simpler) if i (?:just )?(?:didnt|did not|wasnt|was not|werent|were not) (?:exist|here|around|alive|born)\b/,
  },
  {
    id: 'en.own-funeral',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:imagin\w*|think\w* about|plan\w*|pictur\w*|dream\w* about) my (?:own )?(?:funeral|death)\b/,
  },
  {
    id: 'en.passive-death-wish',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:hope|wish|pray) (?:that )?(?:i )?(?:get|gets|got|would get|could get) (?:hit|run over|killed)\b|\b(?:hope|wish|pray) (?:that )?i (?:die|dont survive|do not survive|never come back)\b|\b(?:sleep|go to sleep) forever\b/,
  },
  {
    id: 'en.better-if-i-died',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bif i (?:died|die|was dead|were dead|was gone|were gone|disappeared|vanished|wasnt here|was not here)\b.{0,40}\b(?:better|easier|happier|relieved|money|insurance)\b|\b(?:better|easier|happier|relieved|money|insurance)\b.{0,40}\bif i (?:died|die|was dead|were dead|was gone|were gone|disappeared|vanished|wasnt here|was not here)\b/,
  },
  {
    id: 'en.should-not-be-alive',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\bi (?:should not|shouldnt) (?:be alive|exist|have been born)\b/,
  },
  {
    id: 'en.method-research',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:search\w*|googl\w*|look\w* up|read\w* about|research\w*)\b.{0,30}\b(?:how (?:many|much)|ways? to|how to)\b.{0,30}\b(?:pills|tablets|die|kill myself|overdose|lethal|painless)\b/,
  },
  {
    id: 'en.at-the-edge',
    kinds: ['suicidal_intent', 'immediate_danger'],
    signal: 'implicit',
    pattern:
      /\bedge of (?:the |a |my |our )?(?:platform|roof|bridge|terrace|cliff|building|balcony|tracks)\b|\bwaiting for (?:the|a) train to (?:come|pass)\b/,
  },
  {
    id: 'en.not-here-next-year',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:dont|do not|cant|cannot) see myself (?:being )?(?:here|alive|around)\b|\bmake it look like an accident\b|\b(?:and|to) (?:not|never) come back\b/,
  },
  {
    id: 'en.never-born',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\bwish (?:i )?(?:had|was|were) never (?:been )?born\b/,
  },
  {
    id: 'en.cant-go-on',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:cant|cannot|can not) (?:go on|keep going|keep living|do life) (?:anymore|any more|like this|much longer)\b|\bcant go on living\b/,
  },
  {
    id: 'en.tired-of-living',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:tired|sick|done) (?:of|with) (?:living|being alive|existing|life itself)\b|\bdone with life\b/,
  },
  {
    id: 'en.burden',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:im|i am|feel like|feel like im|feel like i am) (?:just |such |only |nothing but )?a burden\b/,
  },
  {
    id: 'en.goodbyes',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bgiv(?:e|ing|en) away (?:all )?my (?:things|stuff|belongings|possessions)\b|\b(?:saying|say|said) (?:my )?goodbyes? (?:to everyone|to everybody|forever|for good|to all of you)\b|\b(?:wont|will not) be (?:here|around|alive) (?:much longer|for long|anymore|any more)\b|\b(?:im|i am|i wanted to|i want to|just wanted to|been|have been|ive been) say(?:ing)? (?:my )?goodbyes?\b(?! to (?:my|the|our|this|that))/,
  },
  {
    id: 'en.past-attempt',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern: /\bi (?:have |had |once |already )?(?:attempted|tried) suicide\b/,
  },

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
  {
    id: 'en.self-harm-head',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:bang|banging|banged|hit|hitting|smash|smashing|slam|slamming) my head (?:against|on|into)\b/,
  },
  {
    id: 'en.self-harm-body',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:i|i have|ive|i keep|i still|i sometimes|i often) (?:been )?(?:cut|cutting|slice|slicing) my (?:arms?|wrists?|thighs?|legs?|skin|stomach|body)\b|\b(?:starve|starving|starved|punish|punishing|punished) myself\b/,
  },
  {
    id: 'en.self-harm-burn',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:burn|burning|burned|burnt) my (?:arms?|wrists?|thighs?|legs?|skin|hands?)\b.{0,15}\bwith (?:a |my )?(?:cigarettes?|lighter|matches|match|iron|hot)\b/,
  },
  {
    id: 'en.self-harm-carve',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:carve|carving|carved|scratch|scratching|scratched|etch|etching)\b.{0,20}\b(?:into|in|on) my (?:arms?|wrists?|thighs?|legs?|skin|stomach)\b/,
  },
  {
    id: 'en.until-i-bleed',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern:
      /\buntil (?:i|it|they) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b/,
  },
  {
    id: 'en.self-harm-hit',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:hit|hitting|punch|punching|slap|slapping|bite|biting) (?:myself|my (?:arms?|hands?|wrists?|legs?|face|head))\b/,
  },
  {
    id: 'en.self-harm-mention',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern: /\bself ?harm(?:ing|ed)?\b|\bself injur(?:y|ing)\b/,
  },
  {
    id: 'en.deserve-pain',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern:
      /\bi deserve (?:to (?:suffer|be hurt|feel pain|be punished)|pain|the pain)\b/,
  },

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
    id: 'en.overdosed',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern: /\b(?:i|ive|i have|i just|just) (?:overdosed|od ?ed)\b/,
  },
  {
    id: 'en.poison-drunk',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern:
      new RegExp(String.raw`\b(?:i|ive|i have|i just|just) (?:drank|drunk|swallowed|ate|had|took|downed) (?:some |a (?:bottle|cup|glass|bit) of |the |all (?:the |of the )?|half (?:a|the) bottle of )?(?:\w+ )?(?:poison|rat poison|pesticide|insecticide|bleach|phenyl|acid|kerosene|toilet cleaner|harpic|weed killer|antifreeze|${POISON_TRADE})\b`),
  },
  {
    id: 'en.on-the-edge',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am) (?:standing |sitting |right )?on (?:the |a )?(?:edge|ledge|roof|railing|bridge|tracks|railway tracks?) (?:now|right now|of)\b|\b(?:im|i am) about to jump\b/,
  },
  {
    id: 'en.not-safe',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am) (?:not safe|in danger|unsafe)\b|\b(?:dont|do not) feel safe (?:at home|here|with him|with her|with them|in my (?:own )?(?:house|home|room))\b/,
  },
  {
    id: 'en.attack-now',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:hitting|beating|attacking|choking|strangling|hurting|raping|stabbing) me (?:right )?now\b/,
  },
  {
    id: 'en.threatening-me',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: /\b(?:and|is|are|keeps|keep|been) threatening me\b/,
  },
  {
    id: 'en.armed-person',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: new RegExp(
      `\\b${PERSON} (?:has|have|got|is holding|holding|is pointing|pointed|came at me with|attacked me with|with) (?:a |his |her |their )?(?:gun|knife|weapon|blade)\\b|\\b${PERSON}\\b.{0,25}\\bwith (?:a |his |her |their )?(?:gun|knife|weapon|blade|acid)\\b|\\b(?:a|some) (?:man|guy|person|stranger|people) with (?:a )?(?:gun|knife|weapon)\\b`,
    ),
  },
  {
    id: 'en.intruder',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:someone|somebody|a man|a guy|a stranger|some guy|some man) (?:is |has been |keeps |kept )?following me\b|\b(?:breaking|broke|trying to break) into (?:my|the|our) (?:house|home|room|flat|apartment)\b|\b(?:trying to|tried to|is trying to|are trying to) break (?:in|the door|down the door|my door)\b/,
  },
  {
    id: 'en.locked-in',
    kinds: ['immediate_danger', 'abuse'],
    signal: 'explicit',
    pattern: /\block(?:s|ed|ing)? me (?:in|inside|up)\b/,
  },

  // Abuse.
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
    pattern: new RegExp(
      `\\b${PERSON} (?:is|are|has been|was|gets|can be) (?:very |really |so |often )?(?:abusive|violent)\\b`,
    ),
  },
  {
    id: 'en.sexual-coercion',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:forced|forcing|forces|pressured|pressures) me (?:to have sex|into sex|to do (?:sexual )?things|to sleep with)\b|\btouch(?:es|ed|ing)? me (?:inappropriately|without (?:my )?consent|down there)\b/,
  },
  {
    id: 'en.secret-touch',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\btouch(?:es|ed|ing)? me\b.{0,40}\b(?:not to tell|dont tell|do not tell|our secret|keep it (?:a )?secret)\b/,
  },
  {
    id: 'en.told-not-to-tell',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /\b(?:says|said|told me|tells me|warned me) (?:not to|to not|never to) tell (?:anyone|anybody|my (?:mom|mum|mother|parents|dad|father|family))\b/,
  },
  {
    id: 'en.beaten-with',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:beats|beat|beating|hits|hit|hitting|kicks|kicking|slaps|slapping|whips|whipping) me (?:with|using) (?:a |his |her |their |the )?(?:belt|stick|rod|chappal|slipper|shoe|hanger|wire|pipe|bat|cane)\b|\bdrag(?:s|ged|ging)? me by (?:my |the )?hair\b|\bforced (?:himself|herself|themselves) (?:on|upon) me\b/,
  },
  {
    id: 'en.sexual-images',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:sends|sent|sending|shows|showed|showing) me (?:nude|naked|sexual|dirty|porn) (?:photos|pictures|pics|videos|images)\b|\basks? (?:me )?for (?:my |mine )?(?:nudes|nude photos|naked (?:photos|pictures|pics))\b/,
  },
  {
    id: 'en.abuse-mention',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /\b(?:domestic (?:violence|abuse)|marital rape|dowry (?:harassment|torture|demands?|death))\b/,
  },
];
