/**
 * The offline intent classifier: ordered rules over the author's own message (never over
 * manuscript text, so instructions hidden in a manuscript cannot change the route).
 */
export const INTENTS = [
  'lookup',
  'analysis',
  'creative_request',
  'emotional_support',
  'app_help',
  'account',
  'external_lookup',
  'conversation',
] as const;
export type Intent = (typeof INTENTS)[number];

const CREATIVE =
  /\b(write|draft|compose|rewrite|re-write|generate|continue|finish|invent|create)\b[^.?!]{0,60}\b(scenes?|chapters?|dialogues?|conversations?|paragraphs?|story|plot|endings?|openings?|poems?|prose|lines?|sentences?|monologue|backstory|twist|sequel|pages?)\b/i;
const CREATIVE_DIRECT =
  /\b(write (it|this|that|one|something|me|for me)|come up with (a|an|the|some) (plot|story|scene|twist|ending|character)|what should happen next|make up (a|an|some))\b/i;
const EMOTIONAL =
  /\b(stuck|frustrat\w*|hopeless|give up|giving up|can'?t write|cannot write|writer'?s block|hate (my|this)|terrible writer|bad writer|overwhelm\w*|anxious|depress\w*|burn(ed|t)? out|no motivation|worthless|losing my mind|fed up)\b/i;
const ACCOUNT =
  /\b(credits?|balance|billing|invoice|payment|pay|subscription|top[- ]?up|my plan|my account|password|log ?out|sign ?out|usage|how much (does|do|will) (it|this|that|a question) cost)\b/i;
const APP_HELP =
  /\b(how (do|can) i (upload|share|restore|invite|export|delete|rename|import|download|see|find|use|edit|merge|bookmark)|where (is|are|can i find) (the|my)|what can you do|how does george|how do you work|help me use|what is the story bible|which files can)\b/i;
const EXTERNAL =
  /\b(define|definition of|what does (the word )?["']?\w+["']? mean|meaning of the word|synonyms? (for|of)|antonyms?|rhymes? with|words? that rhyme|look (it |this )?up|wikipedia|encyclop(a)?edia|dictionary|thesaurus|in real life|historically|in history)\b/i;
const ANALYSIS =
  /\b(why|how does|how do|analy[sz]e|analysis|themes?|arc|motivations?|motive|pacing|consistent|consistency|contradict\w*|compare|comparison|relationship between|develop\w*|foreshadow\w*|symbol\w*|tone|voice|point of view|what do you think|opinion|is (it|this|my \w+) (good|bad|working|any good)|strengths?|weakness\w*|does .+ work)\b/i;
const LOOKUP =
  /\b(who|what|where|when|which|how many|how much|how old|name of|tell me about|describe|list)\b|\?\s*$/i;
const CONVERSATION =
  /^\s*(hi|hello|hey|thanks|thank you|good (morning|evening|night)|bye|cheers|ok(ay)?|great|cool)\b/i;

export function classifyIntent(message: string): Intent {
  const text = message.trim();
  if (CREATIVE.test(text) || CREATIVE_DIRECT.test(text)) return 'creative_request';
  if (EMOTIONAL.test(text)) return 'emotional_support';
  if (APP_HELP.test(text)) return 'app_help';
  if (ACCOUNT.test(text)) return 'account';
  if (EXTERNAL.test(text)) return 'external_lookup';
  if (CONVERSATION.test(text) && text.split(/\s+/).length <= 6) return 'conversation';
  if (ANALYSIS.test(text)) return 'analysis';
  if (LOOKUP.test(text)) return 'lookup';
  return 'conversation';
}

/** Intents answered from the manuscript (retrieval, citations, possibly a model call). */
export function usesManuscript(intent: Intent): boolean {
  return intent === 'lookup' || intent === 'analysis';
}

/** "What do you think of X?" is answered as an analysis of the text, never as taste. */
export function isOpinionRequest(message: string): boolean {
  return /\b(what do you think|your opinion|do you like|is (it|this|my \w+) (good|bad|any good)|rate my)\b/i.test(
    message,
  );
}
