import { env, type HttpError, parseConfig } from '@george/runtime';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { MODEL_UNAVAILABLE } from '../errors.js';
import type { Turn } from './types.js';

export interface ModelRequest {
  system: string;
  /** Earlier turns, then the final user message (which carries the delimited context). */
  messages: Turn[];
  maxOutputTokens: number;
}

export interface ModelReply {
  text: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
}

/** A language model behind one interface: OpenAI-compatible chat APIs or Gemini. */
export interface ChatModel {
  readonly provider: 'openai' | 'gemini';
  readonly model: string;
  generate(request: ModelRequest): Promise<ModelReply>;
  /** Streams text deltas to `onDelta`, then resolves with the whole reply and its token counts. */
  stream(request: ModelRequest, onDelta: (text: string) => void): Promise<ModelReply>;
}

export const modelSpecs = {
  CHAT_PROVIDER: env.oneOf(['extractive', 'openai', 'gemini'] as const, { default: 'extractive' }),
  OPENAI_BASE_URL: env.url({ default: 'https://api.openai.com/v1' }),
  OPENAI_API_KEY: env.optionalString(),
  OPENAI_MODEL: env.string({ default: 'gpt-4o-mini' }),
  GEMINI_BASE_URL: env.optionalUrl(),
  GEMINI_API_KEY: env.optionalString(),
  GEMINI_MODEL: env.string({ default: 'gemini-2.0-flash' }),
  MODEL_TIMEOUT_MS: env.int({ default: 60_000, min: 1000, max: 600_000 }),
  MODEL_MAX_RETRIES: env.int({ default: 2, min: 0, max: 6 }),
};

export function loadModelConfig(source: NodeJS.ProcessEnv) {
  return parseConfig(modelSpecs, source);
}
export type ModelConfig = ReturnType<typeof loadModelConfig>;

/** The model the configuration names, or undefined for the offline extractive answerer. */
export function createChatModel(config: ModelConfig): ChatModel | undefined {
  switch (config.CHAT_PROVIDER) {
    case 'openai':
      return new OpenAICompatibleModel(config);
    case 'gemini':
      return new GeminiModel(config);
    default:
      return undefined;
  }
}

/** The model could not answer (down, timed out, refused after retries). */
export function modelUnavailable(provider: string, cause: unknown): HttpError {
  const status = (cause as { status?: number }).status;
  const detail = status ? `answered ${status}` : 'unreachable or timed out';
  return MODEL_UNAVAILABLE(provider, detail);
}

/** OpenAI, Ollama, vLLM, llama.cpp: through the official `openai` client (retries 429 and 5xx with back-off). */
export class OpenAICompatibleModel implements ChatModel {
  readonly provider = 'openai';
  readonly model: string;
  private readonly client: OpenAI;

  constructor(config: ModelConfig) {
    this.model = config.OPENAI_MODEL;
    this.client = new OpenAI({
      baseURL: config.OPENAI_BASE_URL,
      // Local servers (Ollama, llama.cpp) accept any key.
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      timeout: config.MODEL_TIMEOUT_MS,
      maxRetries: config.MODEL_MAX_RETRIES,
    });
  }

  private messages(request: ModelRequest): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
    return [{ role: 'system', content: request.system }, ...request.messages];
  }

  async generate(request: ModelRequest): Promise<ModelReply> {
    try {
      const completion = await this.client.chat.completions.create({
        model: this.model,
        messages: this.messages(request),
        max_tokens: request.maxOutputTokens,
        temperature: 0.2,
      });
      return {
        text: completion.choices[0]?.message?.content ?? '',
        model: completion.model || this.model,
        inputTokens: completion.usage?.prompt_tokens ?? 0,
        outputTokens: completion.usage?.completion_tokens ?? 0,
      };
    } catch (err) {
      throw modelUnavailable('openai', err);
    }
  }

  async stream(request: ModelRequest, onDelta: (text: string) => void): Promise<ModelReply> {
    try {
      const stream = await this.client.chat.completions.create({
        model: this.model,
        messages: this.messages(request),
        max_tokens: request.maxOutputTokens,
        temperature: 0.2,
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = '';
      let inputTokens = 0;
      let outputTokens = 0;
      let model = this.model;
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content ?? '';
        if (delta) {
          text += delta;
          onDelta(delta);
        }
        if (chunk.model) model = chunk.model;
        if (chunk.usage) {
          inputTokens = chunk.usage.prompt_tokens;
          outputTokens = chunk.usage.completion_tokens;
        }
      }
      return { text, model, inputTokens, outputTokens };
    } catch (err) {
      throw modelUnavailable('openai', err);
    }
  }
}

/** Gemini through the official `@google/genai` client. */
export class GeminiModel implements ChatModel {
  readonly provider = 'gemini';
  readonly model: string;
  private readonly client: GoogleGenAI;
  private readonly attempts: number;

  constructor(config: ModelConfig) {
    this.model = config.GEMINI_MODEL;
    this.attempts = config.MODEL_MAX_RETRIES + 1;
    this.client = new GoogleGenAI({
      apiKey: config.GEMINI_API_KEY ?? '',
      httpOptions: {
        ...(config.GEMINI_BASE_URL ? { baseUrl: config.GEMINI_BASE_URL } : {}),
        timeout: config.MODEL_TIMEOUT_MS,
        retryOptions: { attempts: this.attempts },
      },
    });
  }

  private params(request: ModelRequest) {
    return {
      model: this.model,
      contents: request.messages.map((m) => ({
        role: m.role === 'assistant' ? 'model' : 'user',
        parts: [{ text: m.content }],
      })),
      config: {
        systemInstruction: request.system,
        maxOutputTokens: request.maxOutputTokens,
        temperature: 0.2,
      },
    };
  }

  async generate(request: ModelRequest): Promise<ModelReply> {
    try {
      const response = await this.client.models.generateContent(this.params(request));
      return {
        text: response.text ?? '',
        model: response.modelVersion ?? this.model,
        inputTokens: response.usageMetadata?.promptTokenCount ?? 0,
        outputTokens: response.usageMetadata?.candidatesTokenCount ?? 0,
      };
    } catch (err) {
      throw modelUnavailable('gemini', err);
    }
  }

  async stream(request: ModelRequest, onDelta: (text: string) => void): Promise<ModelReply> {
    try {
      const stream = await this.client.models.generateContentStream(this.params(request));
      let text = '';
      let inputTokens = 0;
      let outputTokens = 0;
      for await (const chunk of stream) {
        const delta = chunk.text ?? '';
        if (delta) {
          text += delta;
          onDelta(delta);
        }
        if (chunk.usageMetadata) {
          inputTokens = chunk.usageMetadata.promptTokenCount ?? inputTokens;
          outputTokens = chunk.usageMetadata.candidatesTokenCount ?? outputTokens;
        }
      }
      return { text, model: this.model, inputTokens, outputTokens };
    } catch (err) {
      throw modelUnavailable('gemini', err);
    }
  }
}
