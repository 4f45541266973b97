import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import { ChatOllama } from '@langchain/ollama';
import { describe, expect, it } from 'vitest';
import { createChatModel } from '../../src/answer/chat-model.js';
import { createComposer, ExtractiveComposer, LlmComposer } from '../../src/answer/index.js';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';

const llm = (env: Record<string, string>) => loadConfig(env).llm;

describe('createChatModel', () => {
  it('is off unless a provider is named', () => {
    expect(createChatModel(llm({}))).toBeUndefined();
    expect(createComposer({ llm: llm({}), logger: silentLogger() })).toBeInstanceOf(ExtractiveComposer);
  });

  it('builds the LangChain chat model of each provider', () => {
    expect(createChatModel(llm({ ARCP_LLM_PROVIDER: 'openai', ARCP_LLM_MODEL: 'm', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }))).toBeInstanceOf(ChatOpenAI);
    expect(
      createChatModel(
        llm({
          ARCP_LLM_PROVIDER: 'azure-openai',
          AZURE_OPENAI_API_KEY: 'k',
          AZURE_OPENAI_API_INSTANCE_NAME: 'i',
          AZURE_OPENAI_API_DEPLOYMENT_NAME: 'd',
        }),
      ),
    ).toBeInstanceOf(AzureChatOpenAI);
    expect(createChatModel(llm({ ARCP_LLM_PROVIDER: 'ollama', ARCP_LLM_MODEL: 'qwen2.5' }))).toBeInstanceOf(ChatOllama);
    expect(createComposer({ llm: llm({ ARCP_LLM_PROVIDER: 'ollama', ARCP_LLM_MODEL: 'qwen2.5' }), logger: silentLogger() })).toBeInstanceOf(LlmComposer);
  });

  it('names the missing variable when a provider lacks its settings', () => {
    expect(() => createChatModel(llm({ ARCP_LLM_PROVIDER: 'openai' }))).toThrow(/ARCP_LLM_MODEL/);
    expect(() => createChatModel(llm({ ARCP_LLM_PROVIDER: 'azure-openai' }))).toThrow(AppError);
  });
});
