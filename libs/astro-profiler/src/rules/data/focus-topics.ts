/**
 * How a conversation's focus shifts the life chapter and the cheat sheet. `house` is the bhava classically tied to
 * the topic; the rest is this project's guidance for a counsellor working on that topic.
 */
export interface FocusTopicGuide {
  label: string;
  aliases: string[];
  house: number | null;
  lens: string;
  modality: string | null;
  rapport: string;
  approachGently: [string, string];
  questions: [string, string];
}

export const FOCUS_TOPICS = {
  general: {
    label: 'General',
    aliases: ['general', 'overall', 'everything', 'none', 'sab kuch', 'sabkuch', 'सब कुछ'],
    house: null,
    lens: 'Use the chapter as a backdrop: ask which of its themes feel most alive right now',
    modality: null,
    rapport: 'Start open-ended and let the person choose where to go first',
    approachGently: ['Anything the person signals as private', 'Comparisons with how others seem to be doing'],
    questions: ['What made you want to talk today?', 'What would a good next month look like for you?'],
  },
  career: {
    label: 'Career',
    aliases: [
      'career', 'work', 'job', 'jobs', 'profession', 'business', 'boss', 'office', 'study', 'studies', 'exam', 'exams',
      'college', 'naukri', 'naukari', 'nokri', 'kaam', 'padhai', 'padai', 'pariksha', 'imtihan', 'imtihaan', 'dhandha',
      'vyapar', 'karobar', 'नौकरी', 'काम', 'पढ़ाई', 'परीक्षा', 'इम्तिहान', 'व्यापार', 'धंधा', 'करियर', 'दफ़्तर', 'ऑफिस',
    ],
    house: 10,
    lens: 'Read the chapter through work: what it asks of ambition, duty and the public role',
    modality: null,
    rapport: 'Acknowledge effort and pressure before exploring options',
    approachGently: ['Self-worth tied to performance or income', 'Family expectations about status and success'],
    questions: [
      'What would meaningful work look like for you, apart from what others expect?',
      'Where does work drain you, and where does it give you energy?',
    ],
  },
  relationships: {
    label: 'Relationships',
    aliases: [
      'relationships', 'relationship', 'love', 'partner', 'marriage', 'romance', 'dating', 'breakup', 'spouse',
      'husband', 'wife', 'girlfriend', 'boyfriend', 'divorce', 'pyaar', 'pyar', 'prem', 'mohabbat', 'ishq', 'shaadi',
      'shadi', 'vivah', 'rishta', 'pati', 'patni', 'biwi', 'talaq', 'प्यार', 'प्रेम', 'मोहब्बत', 'इश्क़', 'शादी', 'विवाह',
      'रिश्ता', 'पति', 'पत्नी', 'बीवी', 'तलाक़',
    ],
    house: 7,
    lens: 'Read the chapter through partnership: what it stirs up in closeness, commitment and conflict',
    modality: 'Emotionally focused work on attachment needs and communication',
    rapport: 'Stay even-handed about partners who are not present; reflect needs rather than blame',
    approachGently: ['Fear of abandonment or of being too much', 'Past betrayals or rejections'],
    questions: [
      'What do you most need from the people closest to you right now?',
      'What pattern do you notice repeating in your relationships?',
    ],
  },
  family: {
    label: 'Family',
    aliases: [
      'family', 'parents', 'mother', 'father', 'children', 'kids', 'siblings', 'home', 'in-laws', 'inlaws',
      'parivaar', 'parivar', 'pariwar', 'ghar', 'gharwale', 'maa', 'mummy', 'papa', 'pitaji', 'bhai', 'behen', 'behan',
      'bacche', 'bachche', 'saas', 'sasural', 'परिवार', 'घर', 'घरवाले', 'माँ', 'मां', 'पापा', 'पिता', 'भाई', 'बहन',
      'बच्चे', 'सास', 'ससुराल',
    ],
    house: 4,
    lens: 'Read the chapter through home and family: roles, duties, belonging and old patterns',
    modality: 'Family-systems informed reflection on roles and boundaries',
    rapport: "Respect loyalty to family and cultural duty while making room for the person's own needs",
    approachGently: ['Guilt about putting their own needs first', 'Childhood memories and parental approval'],
    questions: [
      'What role have you always played in your family?',
      'Where would you like a little more room to be yourself at home?',
    ],
  },
  health: {
    label: 'Health',
    aliases: [
      'health', 'illness', 'body', 'sleep', 'stress', 'wellbeing', 'well-being', 'burnout', 'fatigue', 'anxiety',
      'sehat', 'swasthya', 'bimari', 'beemari', 'neend', 'thakan', 'tension', 'सेहत', 'स्वास्थ्य', 'बीमारी', 'नींद',
      'थकान', 'तनाव', 'टेंशन',
    ],
    house: 6,
    lens: "Read the chapter through daily routines, stress and the body's signals; never as a medical forecast",
    modality: 'Mindfulness and stress-reduction skills alongside CBT for health worries',
    rapport: 'Take physical symptoms seriously and encourage proper medical care where relevant',
    approachGently: ['Fear about diagnoses or the future', 'Shame about the body or about needing rest'],
    questions: [
      'What is your body telling you lately?',
      'What small change to your routine would feel kind right now?',
    ],
  },
  grief: {
    label: 'Grief',
    aliases: [
      'grief', 'loss', 'death', 'bereavement', 'mourning', 'passed away', 'died', 'miscarriage', 'maut', 'mrityu',
      'shok', 'gham', 'gum', 'guzar gaye', 'chal base', 'nahi rahe', 'मौत', 'मृत्यु', 'शोक', 'ग़म', 'गुज़र गए', 'नहीं रहे',
    ],
    house: 12,
    lens: 'Read the chapter as the setting of a loss: what it asks the person to release and what it helps them keep',
    modality: 'Grief-informed, meaning-centred support (continuing bonds, compassion-focused work)',
    rapport: 'Slow down, leave silences and let the person talk about who or what was lost',
    approachGently: ['Guilt or regret about the loss', 'Pressure to "move on" from others'],
    questions: ['Would you like to tell me about them?', 'What helps you feel close to what you lost?'],
  },
  finances: {
    label: 'Finances',
    aliases: [
      'finances', 'finance', 'money', 'debt', 'savings', 'income', 'wealth', 'loan', 'salary', 'paisa', 'paise',
      'karz', 'karza', 'karja', 'udhaar', 'kamai', 'tankhwah', 'पैसा', 'पैसे', 'क़र्ज़', 'कर्ज़', 'कर्ज', 'उधार', 'कमाई',
      'तनख़्वाह',
    ],
    house: 2,
    lens: 'Read the chapter through security and values: what money means, beyond the numbers',
    modality: 'Problem-solving therapy with attention to beliefs about worth and security',
    rapport: 'Be non-judgemental about money choices; separate facts from fears',
    approachGently: ['Shame about debt or dependence', 'Conflicts in the family over money'],
    questions: ['What does financial security mean to you?', 'Which money worry takes up the most space in your mind?'],
  },
  spirituality: {
    label: 'Spirituality',
    aliases: [
      'spirituality', 'spiritual', 'purpose', 'meaning', 'faith', 'religion', 'god', 'dharma', 'dharm', 'bhagwan',
      'ishwar', 'adhyatm', 'puja', 'karma', 'moksha', 'धर्म', 'भगवान', 'ईश्वर', 'अध्यात्म', 'आध्यात्म', 'पूजा', 'कर्म',
    ],
    house: 9,
    lens: 'Read the chapter through meaning and purpose: what it asks the person to believe in or let go of',
    modality: 'Meaning-centred and acceptance-based work (ACT values exploration)',
    rapport: "Respect the person's own beliefs; explore rather than advise",
    approachGently: ['Loss of faith or doubt', 'Feeling that suffering is deserved'],
    questions: ['What gives your life a sense of meaning right now?', 'When do you feel most at peace?'],
  },
} satisfies Record<string, FocusTopicGuide>;

export type FocusTopicKey = keyof typeof FOCUS_TOPICS;
