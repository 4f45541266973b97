import { z } from 'zod';
import { defineSection } from './section.js';

/** Model endpoints shared by the LLM composer and neural embedders. Off unless a provider is named. */
export const llmSection = defineSection(
  {
    provider: 'ARCP_LLM_PROVIDER',
    model: 'ARCP_LLM_MODEL',
    openaiApiKey: 'OPENAI_API_KEY',
    openaiBaseUrl: 'OPENAI_BASE_URL',
    azureApiKey: 'AZURE_OPENAI_API_KEY',
    azureInstance: 'AZURE_OPENAI_API_INSTANCE_NAME',
    azureDeployment: 'AZURE_OPENAI_API_DEPLOYMENT_NAME',
    azureEmbeddingsDeployment: 'AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME',
    azureApiVersion: 'AZURE_OPENAI_API_VERSION',
    ollamaBaseUrl: 'OLLAMA_BASE_URL',
    timeoutMs: 'ARCP_LLM_TIMEOUT_MS',
  },
  z.object({
    provider: z.enum(['none', 'openai', 'azure-openai', 'ollama']).default('none'),
    model: z.string().optional(),
    openaiApiKey: z.string().optional(),
    openaiBaseUrl: z.string().url().optional(),
    azureApiKey: z.string().optional(),
    azureInstance: z.string().optional(),
    azureDeployment: z.string().optional(),
    azureEmbeddingsDeployment: z.string().optional(),
    azureApiVersion: z.string().default('2024-10-21'),
    ollamaBaseUrl: z.string().url().default('http://127.0.0.1:11434'),
    timeoutMs: z.coerce.number().int().positive().default(30000),
  }),
);
