/**
 * How a request opens before what it asks, in the words of a short email or a letter (courtesy.ts cuts it): "Grateful
 * if you could clarify…", "We would welcome confirmation of…", «ونودّ في هذا السياق أن نعرف…».
 */

// A clause of circumstance may come first: "As I take up this role, I would be grateful if you could tell me…".
export const EN_OPENINGS = [
  // "Grateful if you could clarify how…", "Would be grateful if you could confirm…": the courtesy of a short email,
  // after a clause of its occasion too ("Ahead of a briefing to the Arab Group, grateful if you could confirm…").
  /^(?:[^.?,]{0,80},\s*)?(?:(?:i|we)(?:'d|\s+would)\s+be\s+|would\s+be\s+)?(?:most\s+|very\s+)?grateful\s+if\s+you\s+could\s+(?:kindly\s+|please\s+)?(?:clarify|confirm|indicate|tell\s+(?:us|me)|let\s+(?:us|me)\s+know|share|advise(?:\s+(?:us|me))?|specify)\s*:?\s+/i,
  /^(?:[^.?,]{0,80},\s*)?(?:(?:we|i)\s+would\s+be\s+(?:most\s+|very\s+)?grateful\s+if\s+you\s+could\s+(?:kindly\s+|please\s+)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|inform\s+(?:us|me)(?:\s+(?:of|about|on))?|indicate|clarify|provide\s+(?:us|me)\s+with|share)\s*:?\s+)/i,
  /^(?:[^.?,]{0,80},\s*)?(?:(?:could|can|would)\s+you\s+(?:please\s+|kindly\s+)?(?:let\s+(?:us|me)\s+know|tell\s+(?:us|me)|remind\s+(?:us|me)(?:\s+of)?|inform\s+(?:us|me)(?:\s+(?:of|about))?|advise\s+(?:us|me)(?:\s+(?:of|on))?|indicate|clarify)\s*:?\s+)/i,
  /^(?:for\s+(?:a|the|our)\s+(?:note|brief|briefing|report|memo)\b[^:]{0,80}:\s*)/i,
  // "We would welcome confirmation of where and on what date it was adopted", "…a summary of what it recommended".
  /^(?:[^.?,]{0,80},\s*)?(?:i|we)\s+would\s+(?:also\s+|greatly\s+|very\s+much\s+)?welcome\s+(?:(?:a|an|any|the|your|some)\s+)?(?:(?:brief|short|quick)\s+)?(?:confirmation|information|details?|clarification|indication|summary|note|overview|account|update)\s+(?:of|on|about|regarding|as\s+to)\s+/i,
  // "It would assist us to know what…", "It would help us to have a one-paragraph description of what the IMRF is".
  /^(?:it\s+would\s+(?:also\s+|greatly\s+|really\s+)?(?:assist|help|be\s+(?:useful|helpful)(?:\s+(?:to|for))?)(?:\s+(?:us|me))?\s+(?:greatly\s+)?to\s+(?:know|learn|understand|have|receive|obtain|get)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:description|summary|explanation|overview|account|outline)\s+of\s+)?)/i,
  // "One question remains: how do the two compacts compare…", "A last question:", "My question is:": what follows is asked.
  /^(?:(?:one|a|the|my|our)\s+(?:(?:last|final|further|other|remaining|more|single|main|simple|quick)\s+)?questions?\s+(?:remains|is|would\s+be|concerns\s+this)\s*:\s*|(?:one|a)\s+(?:last|final|further|more)\s+questions?\s*:\s*)/i,
  // "Do you know whats the IMRF", «هل تعرف متى…»: whether the one asked knows is not what is asked.
  /^(?:do|does)\s+(?:you|u|anyone|anybody)\s+(?:happen\s+to\s+)?know\s+(?=(?:what|whats|what's|which|when|where|who|whom|how|why)\b)/i,
  // "Kindly advise which…", "Please let us know when…".
  /^(?:(?:please|kindly)\s+(?:advise|let\s+(?:us|me)\s+know|tell\s+(?:us|me)|indicate|clarify|confirm|inform\s+(?:us|me))(?:\s+(?:of|on|about|as\s+to))?\s*:?\s+)/i,
  // "Could you shed some light on…", "Kindly elaborate on…", "Please remind us of…", "Remind me how many…".
  /^(?:(?:(?:could|can|would)\s+you\s+)?(?:please\s+|kindly\s+)?(?:shed\s+(?:some\s+|more\s+)?light\s+on|elaborate\s+on|walk\s+(?:us|me)\s+through|remind\s+(?:us|me)(?:\s+of)?)\s+)/i,
  // "I'd appreciate some clarity on where…", "We are keen to understand…".
  /^(?:(?:i|we)(?:'d|\s+would)\s+(?:(?:greatly|really|much)\s+)?appreciate\s+(?:(?:some|any|more|a\s+few|a\s+couple\s+of|quick|brief|short)\s+){0,3}(?:clarity|clarifications?|information|details|guidance|pointers)\s+(?:on|about|regarding|as\s+to)\s+)/i,
  /^(?:(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:keen|eager|interested|trying|looking)\s+to\s+(?:understand|know|learn|find\s+out|confirm)\s+)/i,
  // "We would appreciate your indicating when…", "I'd appreciate it if you could tell me where…".
  /^(?:[^.?,]{0,80},\s*)?(?:(?:i|we)(?:'d|\s+would)\s+(?:(?:greatly|really|much|very\s+much)\s+)?appreciate\s+(?:it\s+if\s+you\s+could\s+|your\s+)(?:kindly\s+|please\s+)?(?:indicat(?:e|ing)|clarif(?:y|ying)|confirm(?:ing)?|shar(?:e|ing)|let(?:ting)?\s+(?:us|me)\s+know|tell(?:ing)?\s+(?:us|me)|inform(?:ing)?\s+(?:us|me)(?:\s+(?:of|about|on))?|advis(?:e|ing)\s+(?:us|me)(?:\s+(?:of|on))?)\s*:?\s+)/i,
];

/** «…، ونودّ في هذا السياق أن نعرف من الذي افتتح…»: the wish to know, with a phrase between, before what is asked. */
export const AR_WISH_TO_KNOW = /^(?:[^.؟?]*?[،,]\s*)?و?(?:نود|[أا]ود|نرغب|[أا]رغب)\u0651?(?:\s+[^\s.؟?]+){0,3}?\s+[أا]ن\s+(?:نعرف|[أا]عرف|نتعرف\s+على|نتحقق\s+من|نت[أا]كد\s+من)\s+/u;

