import { z } from 'zod';
import { defineSection } from './section.js';

export const retrievalSection = defineSection(
  {
    embedder: 'ARCP_EMBEDDER',
    embeddingModel: 'ARCP_EMBEDDING_MODEL',
    abstainThreshold: 'ARCP_ABSTAIN_THRESHOLD',
    freedictPath: 'ARCP_FREEDICT_DIR',
    dictionary: 'ARCP_DICTIONARY',
  },
  z.object({
    /** `hashed-ngrams` needs no weights; the others call a model server. */
    embedder: z.enum(['hashed-ngrams', 'openai', 'azure-openai', 'ollama', 'none']).default('hashed-ngrams'),
    embeddingModel: z.string().optional(),
    abstainThreshold: z.coerce.number().min(0).max(1).optional(),
    freedictPath: z.string().default('/usr/share/dictd'),
    /** `auto` uses the system's FreeDict English–Arabic dictionary when it is installed. */
    dictionary: z.enum(['auto', 'off']).default('auto'),
  }),
);
