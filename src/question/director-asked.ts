/**
 * "Who heads the refugees, expatriates and migration affairs dept?", «مين بيرأس إدارة شؤون اللاجئين…؟»: the
 * record names a department's director ("Enas El-Fergany, Director of the Department of…", «مديرة إدارة…»), never
 * who "heads" it; "heads" found the Head of the Social Affairs Sector, and «يرأس» the League that chairs the ARCP.
 * Asked as "who is the director of…", as search and composition both read it.
 */
const HEADS_EN =
  /\bwho\s+(?:heads|headed|runs|ran|directs|directed|leads|led|is\s+in\s+charge\s+of|manages|managed)\s+(?=(?:the\s+)?(?:[\w,'’-]+\s+){0,6}?(?:department|dept|directorate)\b)/i;
const HEADS_AR =
  /(?<![\u0621-\u064A])(من|مين|منو|مينو|شكون)\s+(?:(?:هو|هي)\s+)?(?:(?:اللي|الذي|التي)\s+)?(?:[بي]?ي?رأس|[بي]?ي?راس|تر[أا]س|بتر[أا]س|[بي]?يدير|بتدير|تدير|ماسك|ماسكة|على\s+ر[أا]س|رئيس|رئيسة)\s+(?=(?:ال)?[إا]دار[ةه](?![\u0621-\u064A]))/u;

export function directorAsked(question: string): string {
  if (HEADS_EN.test(question)) return question.replace(HEADS_EN, 'who is the director of ');
  return question.replace(HEADS_AR, '$1 مدير ');
}
