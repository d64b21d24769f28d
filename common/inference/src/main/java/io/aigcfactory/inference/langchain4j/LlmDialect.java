package io.aigcfactory.inference.langchain4j;

/**
 * The tensor interface of a Triton-hosted LLM.
 */
public enum LlmDialect {

	/**
	 * The vLLM backend: {@code text_input}, {@code stream},
	 * {@code exclude_input_in_output} and a JSON {@code sampling_parameters} string,
	 * without a batch dimension.
	 */
	VLLM,

	/**
	 * The TensorRT-LLM {@code ensemble} / {@code tensorrt_llm_bls} text interface:
	 * {@code text_input}, {@code max_tokens}, {@code temperature}, {@code top_p},
	 * {@code stream}, with a batch dimension.
	 */
	TENSORRT_LLM

}
