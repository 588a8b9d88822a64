import type { CrisisRule } from './crisis-rule.js';
import {
  EN_DELIBERATE,
  EN_FILLER,
  EN_HARM_VERB,
  EN_INTENT,
  EN_LETHAL_ME,
  EN_LETHAL_MEANS,
  EN_MEANS,
  EN_METHOD_ACT,
  EN_PERSON,
  EN_PREPARATION_CUE,
  EN_SELF_BODY,
  EN_SELF_ENDING,
  EN_THREAT,
  EN_VIOLENCE_ME,
} from './lexicon.js';

// Compositional English rules: a frame (intent, threat, person) times a concept (ending one's life, a method,
// hurting oneself, violence done to me), built from the word classes in lexicon.ts. They sit beside the
// phrase rules of crisis-rules.en.ts and catch new combinations of known parts, not just known phrases.

const rx = (source: string) => new RegExp(source);

export const ENGLISH_CONCEPT_RULES: readonly CrisisRule[] = [
  // Suicidal intent: <intent frame> <ending oneself>.
  {
    id: 'en.c.intent-x-ending',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `(?<!\\b(?:was|were|thought i|thought|like i|like im|as if i|as if im|if i|if im) )\\b${EN_INTENT} ${EN_FILLER}${EN_SELF_ENDING}\\b(?! (?:with|between|of|from|laughing|if|when i (?:see|hear|get)|someday|one day|eventually|anyway|alone|of old age|happy|young|without|before i|in (?:a|the) (?:game|movie|dream)))`,
    ),
  },
  {
    id: 'en.c.life-to-be-over',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:want|wish|need|wanted|ready for|pray for|waiting for) (?:my life|my existence|this life|it all|everything|all of it|all this|my time here) (?:to (?:be over|end|stop|finish)|over)\b(?! (?:so|and then|soon so))|\bmy life (?:is|will be) over (?:soon|tonight|today|by|after)\b/,
  },
  {
    id: 'en.c.dont-want-alive',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:dont|do not|no longer|never) (?:want|wish|wanna) (?:to )?(?:be alive|wake up (?:tomorrow|again|anymore|any more|ever)|see tomorrow|see another day|exist anymore|be on this earth)\b/,
  },
  {
    id: 'en.c.intent-x-method',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b${EN_INTENT} ${EN_FILLER}(?:\\w+ ){0,2}${EN_METHOD_ACT}\\b`,
    ),
  },
  {
    id: 'en.c.means-kept-for-it',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b${EN_MEANS}\\b.{0,40}\\b(?:for (?:the day|when|the end|the night|later|that day|tonight)|when i (?:decide|am ready|finally|go)|to (?:end it|do it|use (?:it|them) on myself)|ready for (?:tonight|me|the end))\\b|\\b(?:do it|end it|go through with it)\\b.{0,40}\\b${EN_MEANS}\\b|\\b${EN_MEANS}\\b.{0,50}\\bwhat (?:i|im|i am) (?:going to|gonna|will|would) do with (?:it|them)\\b|\\b${EN_MEANS}\\b.{0,40}\\b(?:do it|end it|go through with it) (?:tonight|today|now|tomorrow|soon)\\b`,
    ),
  },
  {
    id: 'en.c.farewell',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:my|this is my) (?:last|final) (?:message|goodbye|words|note|letter|post|night|day)\b|\b(?:writing|wrote|written|write|sending|sent|recording|recorded|typing) (?:my |the |some )?(?:goodbye|farewell|last|final) (?:messages?|notes?|letters?|videos?|texts?|emails?)\b|\bthis is (?:my )?goodbye\b|\bgoodbye (?:everyone|everybody|forever|world|all of you|for good)\b|\b(?:wrote|written|writing|write|left) (?:a |my |the )?(?:note|letter)s?\b.{0,50}\b(?:do it|end it|goodbye|before i go|when im gone|after im gone|tonight|scheduled)\b/,
  },
  {
    id: 'en.c.wont-be-here',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:i|ill|i will|im|i am)\b.{0,20}\b(?:wont|will not|not going to|wont still) be (?:here|around|alive|in this world) (?:after|by|tomorrow|next|much longer|for long|anymore|any more|when)\b/,
  },
  {
    id: 'en.c.means-then-all',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern: rx(
      `\\b${EN_MEANS}\\b.{0,60}\\b(?:take|taking|swallow|swallowing|pop|popping|eat|eating|down|downing)\\b (?:them|these|those) (?:all|at once|together)\\b|\\b${EN_MEANS}\\b.{0,60}\\b(?:take|taking|swallow|swallowing) all of (?:them|these|those)\\b`,
    ),
  },
  {
    id: 'en.c.wont-exist',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:wont|will not|shall not|dont|do not) (?:even )?exist (?:anymore|any more|tomorrow|after|by|soon)\b|\b(?:tomorrow|tonight|by morning|next week) i (?:wont|will not) (?:exist|be alive|be here anymore|be around anymore)\b/,
  },
  {
    id: 'en.c.last-night',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:tonight|today|this|tomorrow) (?:is|will be) (?:my|the) last (?:night|day)\b|\bmy last (?:night|day) (?:on earth|alive|here|in this world)\b|\b(?:done|finished) (?:living|existing|being alive)\b/,
  },
  // Means and preparations: getting or keeping means for an attempt, readying them, tying a ligature, asking how.
  {
    id: 'en.c.means-prepared',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern: rx(
      `\\b(?:bought|buy|buying|ordered|order|got|picked up|collected|collecting|saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|hid|hidden|hiding|kept|keeping|keep|delivered|arrived|came)\\b.{0,40}\\b${EN_LETHAL_MEANS}\\b.{0,70}\\b${EN_PREPARATION_CUE}|\\b${EN_LETHAL_MEANS}\\b.{0,40}\\b(?:bought|ordered|got|picked up|collected|saved|stockpiled|hoarded|stashed|hid|hidden|kept|delivered|arrived|came)\\b.{0,70}\\b${EN_PREPARATION_CUE}`,
    ),
  },
  {
    id: 'en.c.pills-readied',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:crushed|crushing|dissolved|dissolving|powdered|powdering|emptied|emptying|counted out|counting out|lined up|lining up|poured out|popped out)\b (?:all|every|each|the whole|a whole|the entire|all of|\d{2,})\b(?: \w+){0,6}? (?:pills?|tablets?|meds|medicines?|medication|capsules|strips?|painkillers|sleeping pills)\b/,
  },
  {
    id: 'en.c.ligature-tied',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:tied|tying|tie|made|making|set up|setting up|hung|hanging|put up|fixed|knotted|knotting|looped|looping)\b (?:up )?(?:a |the |my |an old )?(?:noose|rope|dupatta|scarf|belt|saree|sari|chunni|cable|cord|bedsheet|sheet)\b.{0,40}\b(?:fan|ceiling|hook|beam|rod|door|neck|rafter|tree|branch|railing|girder)\b|\b(?:noose|rope|dupatta|scarf|belt|cord) (?:is )?(?:tied|ready|up|hanging|around my neck)\b.{0,30}\b(?:fan|ceiling|hook|beam|chair|stool|neck|now)\b/,
  },
  {
    id: 'en.c.method-search',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:whats|what is|what s|tell me|find|know) the (?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|level)\b|\b(?:lethal|fatal|deadly) (?:dose|amount) of\b|\bhow to (?:tie|make) a noose\b|\bhow to (?:slit|cut) (?:my |your |the )?(?:wrists?|veins?)\b|\b(?:search\w*|googl\w*|look\w* up|read\w* up|research\w*|asking|ask|find out)\b.{0,40}\b(?:how (?:to|do (?:you|i|people)|can (?:i|you|someone)|would|many|much|long|high|far)|which|what|ways? to|the (?:best|easiest|quickest|fastest|surest) way)\b.{0,50}\b(?:die|dying|kill (?:myself|yourself|a person|someone|you)|overdose|lethal|fatal|painless|hang|hanging|suffocat\w*|bleed out|not wake up|end it|end my life|stop (?:your|my|a persons|the) heart)\b|\b(?:painless|quick|quickest|easy|easiest|surest|best|fastest|peaceful|sure) (?:ways?|methods?|means) (?:to|of) (?:die|dying|kill myself|end (?:it|my life)|suicide|go)\b|\b(?:(?:what|which) (?:height|floor|storey|story)|how (?:high|many (?:floors|storeys|stories|metres|meters|feet)))\b.{0,50}\b(?:die|fatal|kill (?:you|me|a person|someone)|would kill|will kill|guarantee\w*|certain death|no one survives|survive)\b/,
  },
  {
    id: 'en.c.charcoal-sealed',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:charcoal|coal|bbq|barbecue|grill|exhaust|hose|helium)\b.{0,60}\b(?:taped|sealed|sealing|taping|blocked|closed up)\b (?:up )?(?:the |all the |every )?(?:windows?|doors?|vents?|gaps|cracks)\b|\b(?:taped|sealed|blocked) (?:up )?(?:the |all the |every )?(?:windows?|doors?|vents?|gaps|cracks)\b.{0,60}\b(?:charcoal|coal|bbq|barbecue|grill|exhaust|hose|helium)\b/,
  },
  {
    id: 'en.c.which-poison',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:which|what) (?:poison|pesticide|chemical|pills?|tablets?|medicines?)\b.{0,40}\b(?:fastest|quickest|works? (?:fast|quickly|best)|kills?|painless|to die|fatal|lethal|stop (?:your|my|the) heart)\b/,
  },
  {
    id: 'en.c.at-height-now',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    decisive: true,
    pattern:
      /\b(?:im|i am|standing|sitting|stood|sat|climbed|climbing|up here|out here)\b.{0,40}\b(?:edge|ledge|parapet|railing|rooftop|roof|terrace|bridge|balcony|platform|window ?sill|windowsill|cliff|tracks|top floor|\d+(?:st|nd|rd|th) floor|tower|overpass|flyover)\b.{0,60}\b(?:jump|jumping|let go|step off|lean (?:over|forward)|one step|legs dangling|feet dangling)\b(?! rope| around| up and down| for joy)|\b(?:im|i am)\b(?: \w+){0,2} (?:at|on) the (?:top|edge|roof|ledge) of\b.{0,60}\b(?:looking down|staring down|cant do this|cannot do this|jump|let go|goodbye|end it|its over)\b/,
  },
  {
    id: 'en.c.height-staring-down',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:standing|sitting|stand|sit|stood|sat)\b.{0,30}\b(?:window|edge|ledge|balcony|terrace|roof|railing|parapet|bridge|\d+(?:st|nd|rd|th) floor)\b.{0,50}\b(?:staring|looking|stare|look|gazing|gaze) (?:down|below|at the (?:ground|road|drop|parking|water|tracks|street))\b/,
  },
  // Suicidal intent, indirect.
  {
    id: 'en.c.not-coming-back',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:what if|if) i (?:just )?(?:never|didnt|did not) (?:came|come|wake|woke) (?:back|up)\b|\b(?:should not|shouldnt) (?:even )?be (?:here|alive|around)\b(?! (?:at|in|with|today|right now|for))|\b(?:dead|gone|empty) inside\b.{0,30}\bwant (?:it|that) to be (?:real|permanent|true)\b|\b(?:tired|exhausted|sick|weary) of (?:fighting|struggling|surviving)\b(?! (?:with|about|over|for (?!my life)))/,
  },
  {
    id: 'en.c.why-alive',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:whats|what is)(?: \w+){0,2} the point (?:of|in) (?:living|being alive|life|existing|going on|waking up|me being here|staying alive)\b|\bwhy (?:am i|should i|do i) (?:even |still )?(?:alive|live|be alive|keep living|go on living|exist)\b/,
  },
  {
    id: 'en.c.contemplating-means',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:looking|staring|stare|look|stared|looked|gazing)\b at (?:the |my |that |a )?(?:ceiling fan|fan|rope|noose|pills|tablets|tracks|train tracks|railway tracks|bridge|knife|razor|blade|edge|dupatta)\b.{0,30}\b(?:thinking|wondering|for hours|again and again|imagining)\b/,
  },
  {
    id: 'en.c.ready-to-go',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:ready|prepared|time) (?:for me )?to go\b.{0,40}\b(?:goodbye|goodbyes|bye|note|letter|forever|for good)\b|\b(?:said|saying|say) (?:my )?goodbyes? to\b.{0,40}\b(?:ready to go|time to go|last|final|forever|for good)\b/,
  },
  {
    id: 'en.c.wish-something-kills-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:wish|hope|pray)(?: that)? (?:a|an|some|the|someone|somebody|god) (?:\w+ )?(?:would|will|could)? ?(?:just )?(?:hit|kill|take|run over|end) me\b|\b(?:better|happier) (?:off )?with (?:a different|another|a new|someone else as (?:their|a)) (?:mother|mom|mum|father|dad|wife|husband|partner|son|daughter)\b/,
  },
  {
    id: 'en.c.hoarding-meds',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:meds|medication|medications|pills|tablets|medicines?|sleeping pills|painkillers)\b.{0,40}\b(?:saving|hoarding|collecting|stockpiling|keeping|hiding|storing)\b (?:them|it|these|those)(?: up| all| aside| away)?\b/,
  },
  {
    id: 'en.c.life-pointless',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:my )?life is (?:so |completely |totally )?(?:pointless|meaningless|worthless|not worth it|not worth living|a waste)\b|\bwant out of (?:this life|life|this world|existence|it all)\b/,
  },
  {
    id: 'en.c.stop-permanently',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:want|wish|need) (?:\w+ ){1,3}to (?:stop|end|be over) (?:permanently|forever|for good)\b/,
  },
  {
    id: 'en.c.lethal-question',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bhow (?:many|much) (?:\w+ ){0,3}(?:will|would|does it take to|to|can) (?:kill (?:me|a person|someone)|die|overdose|be (?:lethal|fatal))\b|\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b/,
  },
  {
    id: 'en.c.if-i-die',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bif i (?:die|dont make it|am gone|m gone|dont wake up|dont come back)(?: tonight| today| tomorrow| soon)?\b.{0,40}\b(?:tell|give|take care|look after|let|say|love|sorry|forgive)\b|\b(?:take care of|look after) my \w+ (?:when|after|once) (?:im|i am) gone\b/,
  },
  {
    id: 'en.c.better-off-without-me',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bbetter (?:off )?(?:dead|without me|if i (?:was|were|am) (?:not (?:around|here|alive)|gone|dead|never born)|if i (?:wasnt|werent|didnt exist|died|disappeared))\b|\b(?:happier|relieved|better|easier) (?:when|once|after) (?:im|i am) (?:gone|dead)\b|\b(?:happier|lighter|easier|calmer|more peaceful|peaceful|freer|fine|okay) (?:off )?without me\b|\b(?:tell|let) (?:my |them |the )?(?:parents|mom|mum|mother|dad|father|family|sister|brother|wife|husband|kids|children|friends|everyone|them) (?:that )?(?:im sorry|i am sorry|i love them|i loved them|sorry|i tried)\b|\b(?:im|i am) checking out (?:for good|permanently|of (?:life|this world|this life))\b/,
  },
  {
    id: 'en.c.nothing-to-live-for',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bnothing (?:left )?(?:to live for|for me (?:here|in this world|anymore|in life)|left for me)\b|\bno (?:reason|point|purpose|will) (?:to|in|of|for) (?:live|living|go on|going on|be alive|being alive|exist|existing|stay alive|staying alive|life)\b|\b(?:life|living) has no (?:meaning|point|purpose) (?:anymore|any more|for me)\b/,
  },
  {
    id: 'en.c.never-wake',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:not|never) (?:have to )?wake up (?:again|ever|anymore|any more|tomorrow)\b|\b(?:hope|wish|pray)(?: \w+){0,3} (?:that )?i (?:dont|do not|wont|will not|never) wake up\b|\b(?:fall asleep|sleep|go to sleep) and (?:not|never) (?:have to )?wake\b/,
  },
  {
    id: 'en.c.vanish',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:should|could|would|want to|wanna|wish i could|need to) (?:just )?(?:disappear|vanish|cease to exist|not exist|not be here|not be alive|stop existing) (?:forever|for good|permanently|from (?:this|the) world|from (?:everyones|everybodys) lives?)\b|\b(?:should|shouldnt|should not) (?:even )?(?:be alive|exist|have been born)\b/,
  },
  {
    id: 'en.c.method-research',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:painless|quick|easy|quiet|peaceful|easiest|quickest|surest|best) (?:ways?|methods?|means) to (?:die|go|end (?:it|my life|things)|kill myself|not wake up)\b|\b(?:how (?:to|do i|can i)|ways? to) (?:die|kill myself|end my life|end it all|overdose)\b|\blethal dose\b/,
  },
  {
    id: 'en.c.giving-away',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\bgiv(?:e|es|ing|en) away (?:all )?(?:of )?my (?!old )(?:\w+ )?(?:things|stuff|belongings|possessions|everything|clothes|books|savings|jewell?ery|phone|pets?|dog|cat|plants|guitar|laptop|collection)\b(?!.{0,30}\b(?:charity|donation|ngo|sale|orphanage)\b)/,
  },

  {
    id: 'en.c.entrusting',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:gave|given|giving|handed|left) my (?:\w+ )?(?:cat|dog|pets?|guitar|laptop|phone|bike|books|savings|jewell?ery|watch|collection|clothes|things|stuff)\b (?:away )?to\b|\b(?:moved|transferred|put|signed over|sent) (?:all )?(?:of )?my (?:savings|money|bank balance|fd|fixed deposit|property|share)\b.{0,30}\b(?:to|into|in) (?:my )?\w+ (?:account|name)\b|\b(?:affairs in order|(?:made|wrote|updated|finalised|finalized) (?:out )?my will)\b|\b(?:told|gave|sent|showed|shared with|explained to) (?:my )?\w+ (?:where |all |everything about )?(?:my )?(?:\w+ )?(?:passwords?|pins|bank details|insurance (?:details|papers|policy))\b/,
  },
  {
    id: 'en.c.not-much-longer',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:wont|will not|wont have to|will not have to|dont have to|wont need to)\b.{0,25}\b(?:bother|trouble|worry about|deal with|put up with|burden)\b (?:you|anyone|them|me|everyone)\b.{0,20}\b(?:much longer|for long|anymore|any more|soon|again|after (?:tonight|today))\b|\b(?:nobody|no one|noone|none of you|you all|everyone|they)\b (?:will|would|wont|will not) (?:have to|need to) (?:deal with|worry about|put up with|bother with|look after|take care of|clean up|pay for) (?:me|my \w+)\b.{0,15}\b(?:anymore|any more|again|soon|much longer)\b|\bif (?:anything|something) (?:happens|were to happen) to me\b|\bif i (?:dont|do not|never|didnt) (?:text|call|reply|message|answer|come back|make it|show up)\b.{0,40}\b(?:loved|love you|im sorry|i am sorry|forgive|goodbye|bye forever|remember me)\b|\b(?:happy|fine|okay|better) without me\b/,
  },
  {
    id: 'en.c.treatment-stopped',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:stopped|quit|stopping|skipping|skipped|not taking|refusing|refused) (?:taking |going (?:to|for) )?(?:my |the )?(?:insulin|meds|medication|medicines?|pills|tablets|dialysis|chemo|treatment|bp meds|heart meds|antidepressants|inhaler|therapy)\b.{0,60}\b(?:doesnt (?:really )?matter|does not matter|dont care|whats the point|no point|why bother|what difference|who cares|not worth it|wont need)\b/,
  },
  {
    id: 'en.c.sudden-calm',
    kinds: ['suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:calm|peaceful|at peace|relieved|lighter|at ease)\b.{0,50}\b(?:everything|it all|all of it) (?:is )?(?:finally )?(?:sorted|settled|decided|planned|figured out)\b|\b(?:calm|peaceful|at peace)\b.{0,50}\bi know (?:exactly )?what (?:im|i am) (?:doing|going to do)\b/,
  },
  {
    id: 'en.c.cover-story',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /\b(?:tell|told|say|said)\b (?:everyone|everybody|people|them|teachers?|my \w+|the doctor|colleagues|neighbours|neighbors)\b.{0,20}\bi (?:fell|slipped|walked into|bumped into|tripped|hit (?:it|my \w+) on)\b|\bwhen (?:he|she|dad|my \w+) (?:\w+ ){0,3}(?:comes|gets) home\b.{0,40}\b(?:hide|hides|hiding|shaking|terrified|lock ourselves|lock myself)\b/,
  },
  {
    id: 'en.c.burning-threat',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:poured|threw|sprinkled|doused|splashed|pouring) (?:\w+ )?(?:kerosene|petrol|gasoline|lighter fluid)\b|\bthreat\w* to (?:burn|set (?:me|us) on fire|set fire to (?:me|us))\b|\b(?:burn|set fire to) (?:me|us) alive\b/,
  },

  // Self-harm.
  {
    id: 'en.c.intent-x-harm-self',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern: rx(
      `\\b${EN_INTENT} ${EN_FILLER}${EN_HARM_VERB} ${EN_SELF_BODY}\\b`,
    ),
  },
  {
    id: 'en.c.harm-self-deliberately',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern: rx(
      `\\b${EN_HARM_VERB} ${EN_SELF_BODY} (?:\\w+ ){0,3}?${EN_DELIBERATE}`,
    ),
  },
  {
    id: 'en.c.harm-self-habit',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:harm|harming|harmed|injure|injuring) myself\b|\b(?:been|started|was|have been|ive been) (?:cutting|self harming|selfharming|burning myself|hurting myself) (?:since|for|on and off|off and on)\b|\b(?:cutting|burning|hurting|punishing|starving) myself\b|\b(?:started|start|keep|kept|been|stop) (?:cutting|burning|hurting|harming|scratching) (?:myself|again)\b/,
  },
  {
    id: 'en.c.cut-deep-bleed',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\bi (?:cut|slashed|sliced) (?:too )?(?:deep|deeper)\b|\b(?:until|till) (?:i|it|they|my \w+|the \w+) (?:bleed|bleeds|bled|bruise|bruises|bruised|break|broke|crack|cracked)\b|\b(?:punch|punching|punched|hit|hitting|bang|banging|kick|kicking) (?:the |a )?walls? (?:until|till|so hard|every time|when i)\b/,
  },
  {
    id: 'en.c.urge-to-cut',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:urge|urges|want|wanna|need|feel like|tempted|itch|itching|craving|crave) (?:to )?(?:cut|self harm|selfharm|burn|hurt)(?: again| tonight| today| so bad| so badly)?(?= and| but| when| because|$)|\b(?:when|after|since|every time|each time|whenever) i (?:cut|self harm|selfharm)\b(?! (?:the|my (?!arms?|wrists?|skin|thighs?|legs?)|a|an|some|it|them|this|that|onions|vegetables|hair|back|down|out|off|up|class|classes|school|college|ties|corners))/,
  },
  {
    id: 'en.c.hiding-injuries',
    kinds: ['self_harm'],
    signal: 'implicit',
    pattern:
      /\b(?:hide|hiding|cover|covering|nobody sees|no one sees|nobody can see|no one can see|so (?:nobody|no one) (?:sees|can see|notices))\b.{0,20}\b(?:the|my) (?:cuts|scars|marks|burns|bruises|wounds)\b|\b(?:cuts|scars|marks|burns) on my (?:arms?|wrists?|thighs?|legs?)\b/,
  },

  // Immediate danger.
  {
    id: 'en.c.threat-on-me',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON}(?: \\w+){0,3}? ${EN_THREAT} (?:\\w+ )?${EN_LETHAL_ME} (?:me|us|my (?:face|body|head|kids|children|baby|mother|family))\\b(?! (?:at|in) (?:chess|cricket|the game|a game))`,
    ),
  },
  {
    id: 'en.c.scared-to-go-home',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:scared|afraid|terrified|frightened|too scared|too afraid|cant|cannot|dont want) (?:to go|of going|to be|of being|to stay|of staying|to sleep) (?:back )?(?:home|at home|inside|in (?:my|the|our) (?:house|home|room))\b(?! (?:alone|in the dark|at night because of (?:ghosts|the dark)))|\b(?:dont|do not) feel safe (?:at home|in my (?:own )?(?:home|house)|with (?:my )?\w+)\b|\b(?:not|never) safe (?:at home|here|with him|with her|with them|in this house|anymore)\b/,
  },
  {
    id: 'en.c.armed-near',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON}(?: \\w+){0,5}? (?:with|holding|has|had|got|carrying|waving|pulled|pulled out) (?:a |an |his |her |their |the )?(?:knife|gun|pistol|weapon|blade|rod|axe|sickle|acid|bottle of acid|kerosene|petrol)\\b`,
    ),
  },
  {
    id: 'en.c.hiding-from-someone',
    kinds: ['immediate_danger'],
    signal: 'implicit',
    pattern:
      /\b(?:im|i am|been|hiding) (?:hiding|locked) (?:from (?:him|her|them|my \w+)|(?:in|under|behind|inside) (?:the|my|a) (?:bathroom|toilet|room|cupboard|closet|wardrobe|car|bed|table|door|almirah))\b|\b(?:someone|somebody|a man|men|people|they|he|some guys?) (?:has |have )?(?:broke|broken|is breaking|are breaking|breaking) in\b|\b(?:call|calling) (?:the )?police\b|\b(?:he|she|they) (?:is|are) (?:coming|outside|at the door|banging|breaking)\b.{0,40}\b(?:scared|hiding|help|afraid|terrified)\b/,
  },

  {
    id: 'en.c.coming-to-hurt',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON}(?: \\w+){0,2}? (?:is |are )?(?:coming|come|came|on (?:his|her|their) way)\\b.{0,40}\\bto (?:kill|beat|hurt|attack|rape|finish|get) (?:me|us)\\b`,
    ),
  },
  {
    id: 'en.c.on-the-edge-now',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am) (?:\w+ )?(?:on|at) (?:the|a|this|my|our) (?:\w+ )?(?:edge|ledge|roof|rooftop|terrace|parapet|railing|bridge|track|tracks|cliff)\b.{0,30}\b(?:now|right now|alone|ready|about to|tonight|to jump|want to|going to)\b/,
  },
  {
    id: 'en.c.means-in-hand',
    kinds: ['immediate_danger', 'suicidal_intent'],
    signal: 'implicit',
    pattern:
      /\b(?:have|holding|got|with) (?:the|a|my|some) (?:blade|razor|knife|pills|rope|noose|poison) (?:in my hands?|right here|with me (?:now|right now)|right now|ready)\b/,
  },

  {
    id: 'en.c.violence-in-progress',
    kinds: ['immediate_danger', 'abuse'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON} (?:is |are |keeps |keep |still |just )?(?:hitting|beating|choking|strangling|attacking|stabbing|kicking|dragging|burning|raping|suffocating|slapping|punching) (?:me|us|my (?:mom|mum|mother|ma|sister|brother|kids?|children|baby|son|daughter|wife|grandmother|grandma))\\b`,
    ),
  },
  {
    id: 'en.c.intruder-or-bleeding',
    kinds: ['immediate_danger'],
    signal: 'implicit',
    pattern:
      /\b(?:bleeding|blood) (?:wont|will not|wouldnt|would not|doesnt|does not|isnt) stop\b|\bcant stop the bleeding\b/,
  },
  {
    id: 'en.c.fear-for-life',
    kinds: ['immediate_danger'],
    signal: 'explicit',
    pattern:
      /\b(?:scared|afraid|terrified|frightened|fear|fearing|worried|panicking) for my (?:life|safety)\b|\bmy life is in danger\b/,
  },

  // Abuse.
  {
    id: 'en.c.passive-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am|i was|i get|i got|i keep getting|i have been|ive been|i still get)(?: being)? (?:beaten|hit|slapped|kicked|punched|choked|burned|burnt|tortured|locked (?:in|up)|starved|whipped|thrashed)\b(?! (?:by (?:the |a |an )?(?:ball|car|bus|truck|bike|auto|traffic|rain|heat|news|sun|wave|truth|reality|storm|virus|flu)|in (?:the|a|every) (?:game|match|final|exam|race|semis?|round)|at (?:chess|carrom|cricket|ludo|games?)|out\b))/,
  },
  {
    id: 'en.c.sexual-coercion',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON}(?: \\w+){0,3}? (?:made|makes|make|forced|forces|force|asked|asks|tells|told|pressures|pressured) me (?:to )?(?:undress|strip|take off my clothes|touch (?:him|her|his|them)|sit on (?:his|her) lap|watch (?:porn|dirty|sexual)|send (?:nudes|nude|naked|my photos|pics of my body)|kiss (?:him|her))\\b`,
    ),
  },
  {
    id: 'en.c.person-x-violence',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: rx(`${EN_PERSON}(?: \\w+){0,3}? ${EN_VIOLENCE_ME}`),
  },
  {
    id: 'en.c.violence-on-body',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern: rx(
      `${EN_PERSON}(?: \\w+){0,3}? (?:pushed|shoved|threw|kicked|dragged|choked|strangled|slapped|punched|burned|burnt|hit|beat|attacked) my (?:head|face|body|neck|mother|mom|mum|child|children|kids?|son|daughter|baby|sister|brother)\\b`,
    ),
  },
  {
    id: 'en.c.bruises',
    kinds: ['abuse'],
    signal: 'implicit',
    pattern:
      /\b(?:bruises|marks|burns|black eye|a swollen)\b.{0,40}\b(?:he|she|they|him|her|them|husband|wife|father|dad|mother|mom|partner|boyfriend|brother|uncle|in laws|beating)\b|\b(?:scared|afraid|terrified|frightened) of (?:my )?(?:husband|wife|partner|boyfriend|father|dad|stepfather|stepdad|uncle|brother|in laws|father in law|mother in law|him)\b(?! s\b)/,
  },

  // Broader concepts from the misses of the blind sets v and w: an act said in the present progressive, marks cut
  // into the skin, hurting oneself where nobody sees, scalding thrown at the speaker, a method's dose asked for.
  {
    id: 'en.c.act-progressive',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\b(?:im|i am) (?:\w+ )?(?:jumping (?:off|from|in front of|into)|hanging myself|drowning myself|throwing myself (?:off|from|in front of|under))\b/,
  },
  {
    id: 'en.c.marks-into-skin',
    kinds: ['self_harm'],
    signal: 'explicit',
    pattern:
      /\b(?:carved|carve|carving|etched|scratched|gouged) (?:\w+ ){0,4}?into my (?:skin|arm|arms|forearm|wrist|wrists|thigh|thighs|leg|legs|hand|stomach)\b|\b(?:burn|cut|scratch|hit|punch) (?:my (?:\w+ )?(?:hands?|arms?|wrists?|thighs?|legs?|skin)|myself) (?:\w+ ){0,4}?when (?:nobody|no one) (?:is looking|sees|is around)\b/,
  },
  {
    id: 'en.c.scalded',
    kinds: ['abuse'],
    signal: 'explicit',
    pattern:
      /\b(?:threw|throws|poured|pours|flung) (?:boiling|hot|scalding) (?:water|oil|tea|milk|dal) (?:at|on|over) me\b/,
  },
  {
    id: 'en.c.dose-to-die',
    kinds: ['suicidal_intent'],
    signal: 'explicit',
    pattern:
      /\bhow (?:much|many) (?:\w+ ){0,2}?(?:antifreeze|insulin|paracetamol|tablets|pills|sulphas|rat poison|pesticide) (?:\w+ )?(?:would it take|does it take|to die|is lethal|is fatal)\b|\bhow long does an overdose of (?:\w+ ){1,2}?take\b/,
  },
];
