import { normalizeForMatch } from './normalize.js';

/**
 * Question and function words. BM25's idf already discounts them in ranking; they are dropped only where
 * a word counts on its own: query translation (FreeDict would turn "what" into ماذا) and the coverage
 * score used for abstention. Kept short on purpose: content words must never be here.
 */
const ENGLISH = `a an the of in on at to for from by with about as into than and or not no nor but if then so
is are was were be been being am do does did done has have had will would shall should can could may might must
what which who whom whose when where why how whether many much there here this that these those it its they them their
he she his her we our you your i me my any all some such each every more most other same own only also very
please tell give show list explain describe say said says according regarding concerning per via within
between among amongst whilst re ve ll d m`;

const ARABIC = `في من الى إلى على عن مع او أو و ثم ان أن إن لا لم لن ما ماذا هل كيف متى اين أين لماذا كم اي أي أية
هو هي هم هن انا أنا نحن انت أنت هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللذان اللتان اللواتي كان كانت يكون تكون
قد لقد ليس كل بعض غير بين عند عندما حول حتى اذا إذا لدى تجاه بشأن خلال منذ ضمن وفق وفقا حسب به بها له لها فيه فيها
عليه عليها منه منها عنه عنها ذكر اذكر أذكر وضح أوضح اشرح حيث ال كما
لل بال وال فال كال هما هوما هني هنن همه عنده عندها عندهم عندو`;

function build(list: string): Set<string> {
  return new Set(normalizeForMatch(list).split(/\s+/).filter(Boolean));
}

const STOPWORDS = new Set([...build(ENGLISH), ...build(ARABIC)]);

// Conjunctions and prepositions written on the next word: وبأي، فمتى، ولماذا.
const PROCLITICS = /^(?:وب|فب|ول|فل|و|ف|ب|ل)(?=\p{Script=Arabic}{2})/u;

/**
 * True for a normalised token that carries no topic of its own, alone or behind و، ف، ب، ل. «لل» and «بال»
 * alone are the article and preposition of a word written apart («للـGCM»); «هما», «هوما», «هني» are the
 * dialects' "they" («أشنو هوما الشركاء…», «شو هني المجالات…»), «عندو», «عندها» their "has" («الاجتماع الرابع
 * عندو تاريخ محدد؟»).
 */
export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true;
  const bare = token.replace(PROCLITICS, '');
  return bare !== token && STOPWORDS.has(bare);
}
