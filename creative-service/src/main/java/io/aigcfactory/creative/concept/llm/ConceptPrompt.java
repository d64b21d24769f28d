package io.aigcfactory.creative.concept.llm;

import java.util.List;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

/**
 * One request's prompt: the instructions in the system message, the product as a data
 * block in the user message, and the per-request secrets that output must never show.
 *
 * @param system the system message: every instruction, the canary
 * @param user the user message: the product's fields as JSON between the fences
 * @param canary a random marker that appears in the system message only
 * @param fence the random word that opens and closes the data block
 * @param instructions the fixed instruction sentences, which output must not repeat
 */
record ConceptPrompt(String system, String user, String canary, String fence, List<String> instructions) {

	ConceptPrompt {
		instructions = List.copyOf(instructions);
	}

	List<ChatMessage> messages() {
		return List.of(SystemMessage.from(this.system), UserMessage.from(this.user));
	}

	/**
	 * The messages of a second attempt: the same data, with what was wrong with the first
	 * answer added to the instructions.
	 */
	List<ChatMessage> repair(List<String> problems) {
		String notes = "\n上一次的回答没有通过检查，问题如下，请改正后重新输出完整的 JSON 对象：\n- " + String.join("\n- ", problems);
		return List.of(SystemMessage.from(this.system + notes), UserMessage.from(this.user));
	}

}
