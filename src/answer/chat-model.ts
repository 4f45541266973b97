import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

/**
 * The chat model named by the configuration, through LangChain's chat model interface. Answers must be
 * reproducible and checkable, so temperature is 0; retries stay low because the turn has an extractive
 * answer to fall back on.
 */
export function createChatModel(llm: Config['llm']): BaseChatModel | undefined {
  const common = { temperature: 0, maxRetries: 1 };
  switch (llm.provider) {
    case 'none':
      return undefined;
    case 'openai':
      return new ChatOpenAI({
        ...common,
        model: required(llm.model, 'ARCP_LLM_MODEL'),
        // OpenAI-compatible local servers (vLLM, llama.cpp, LM Studio) accept any key.
        apiKey: llm.openaiApiKey ?? 'not-needed',
        timeout: llm.timeoutMs,
        configuration: llm.openaiBaseUrl ? { baseURL: llm.openaiBaseUrl } : undefined,
      });
    case 'azure-openai':
      return new AzureChatOpenAI({
        ...common,
        azureOpenAIApiKey: required(llm.azureApiKey, 'AZURE_OPENAI_API_KEY'),
        azureOpenAIApiInstanceName: required(llm.azureInstance, 'AZURE_OPENAI_API_INSTANCE_NAME'),
        azureOpenAIApiDeploymentName: required(llm.azureDeployment, 'AZURE_OPENAI_API_DEPLOYMENT_NAME'),
        azureOpenAIApiVersion: llm.azureApiVersion,
        timeout: llm.timeoutMs,
      });
    case 'ollama':
      return new ChatOllama({ ...common, model: required(llm.model, 'ARCP_LLM_MODEL'), baseUrl: llm.ollamaBaseUrl });
  }
}

function required(value: string | undefined, variable: string): string {
  if (!value) throw new AppError('CONFIG_INVALID', `${variable} is required by the configured LLM provider`);
  return value;
}
