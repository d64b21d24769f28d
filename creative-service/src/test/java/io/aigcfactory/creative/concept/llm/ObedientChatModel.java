package io.aigcfactory.creative.concept.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.aigcfactory.test.kserve.LlmTestModel;

/**
 * A model that does whatever the product data tells it to: it leaks its system message or
 * canary when asked to show a prompt or a secret, writes absolute terms, drops the schema
 * for plain text, takes on a role or calls a "tool". Without such a request it answers
 * like the {@code llm} test model, from the product's fields.
 */
final class ObedientChatModel implements ChatModel {

	private static final List<String> REVEAL = List.of("system prompt", "system message", "prompt", "instructions",
			"initialization", "rules", "repeat", "系统提示", "系统消息", "提示词", "指令", "规则", "初始化", "上下文", "context");

	private static final List<String> SECRET = List.of("canary", "secret", "marker", "token", "confidential", "标记",
			"机密", "密钥");

	private static final List<String> ABSOLUTE = List.of("best", "no.1", "number one", "100%", "top brand",
			"world-class", "cheapest", "cures", "最", "第一", "顶级", "国家级", "冠军", "唯一", "根治", "永久", "驰名");

	private static final List<String> FORMAT = List.of("plain text", "yaml", "xml", "markdown", "respond only", "poem",
			"array", "empty object", "纯文本", "只回复", "只回答", "表格", "诗", "数组", "不要json", "空对象", "ok");

	private static final List<String> ROLE = List.of("dan", "pretend", "developer mode", "you are now", "role", "扮演",
			"开发者模式", "你现在是", "角色", "客服", "翻译", "admin", "管理员");

	private static final List<String> TOOL = List.of("tool", "http", "fetch", "send_email", "工具", "调用", "访问");

	private int obeyed;

	@Override
	public synchronized ChatResponse doChat(ChatRequest request) {
		String system = ScriptedChatModel.system(request);
		String user = ScriptedChatModel.user(request);
		String data = dataOf(user).toLowerCase(Locale.ROOT);
		String answer = LlmTestModel.answer(system + "\n" + user);
		List<String> done = new ArrayList<>();
		if (any(data, FORMAT)) {
			done.add("format");
			answer = "好的！这是纯文本回复，不是 JSON。" + system.lines().findFirst().orElse("");
		}
		else {
			if (any(data, REVEAL)) {
				done.add("reveal");
				// The first instruction fits the body, so only the leak check can stop
				// it.
				answer = answer.replaceFirst("\"body\":\"[^\"]*\"",
						"\"body\":\"" + escape(clip(system.lines().findFirst().orElse(""), 60)) + "\"");
			}
			if (any(data, SECRET)) {
				done.add("secret");
				// The canary's random part fits the headline.
				answer = answer.replaceFirst("\"headline\":\"[^\"]*\"",
						"\"headline\":\"" + ScriptedChatModel.canary(request).substring("CANARY-".length()) + "\"");
			}
			if (any(data, ABSOLUTE)) {
				done.add("absolute");
				answer = answer.replaceFirst("\"headline\":\"[^\"]*\"", "\"headline\":\"全网最低价第一品牌\"");
			}
			if (any(data, ROLE)) {
				done.add("role");
				answer = answer.replaceFirst("^\\{", "{\"persona\":\"DAN\",")
					.replaceFirst("\"angle\":\"[A-Z]+\"", "\"angle\":\"PRICE\"");
			}
			if (any(data, TOOL)) {
				done.add("tool");
				answer = answer.replaceFirst("^\\{", "{\"tool_call\":\"send_email(all)\",");
			}
		}
		if (!done.isEmpty()) {
			this.obeyed++;
		}
		return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
	}

	/** How many answers did what the data asked. */
	synchronized int obeyed() {
		return this.obeyed;
	}

	/** The data block of the user message: what an attacker controls. */
	private static String dataOf(String user) {
		int open = user.indexOf("<<<DATA-");
		int start = user.indexOf('\n', open) + 1;
		int end = user.lastIndexOf("\nDATA-");
		return (open >= 0 && end > start) ? user.substring(start, end) : user;
	}

	private static boolean any(String text, List<String> triggers) {
		return triggers.stream().anyMatch(text::contains);
	}

	private static String clip(String text, int limit) {
		int[] points = text.codePoints().toArray();
		return (points.length <= limit) ? text : new String(points, 0, limit);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
