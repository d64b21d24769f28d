package io.aigcfactory.creative.concept.llm;

import java.util.Arrays;
import java.util.List;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.aigcfactory.events.Angle;

/**
 * The JSON schema a model answers in: one concept, every field required, nothing else.
 */
final class ConceptSchema {

	static final List<String> FIELDS = List.of("angle", "headline", "body", "highlights", "callToAction", "hashtags",
			"scenePrompt", "negativePrompt");

	/** Structured output constrained to the schema. */
	static final ResponseFormat JSON_SCHEMA = ResponseFormat.builder()
		.type(ResponseFormatType.JSON)
		.jsonSchema(JsonSchema.builder().name("concept").rootElement(root()).build())
		.build();

	/** JSON mode without a schema, for servers that support no more. */
	static final ResponseFormat JSON_OBJECT = ResponseFormat.JSON;

	private ConceptSchema() {
	}

	private static JsonObjectSchema root() {
		JsonArraySchema strings = JsonArraySchema.builder().items(new JsonStringSchema()).build();
		return JsonObjectSchema.builder()
			.addEnumProperty("angle", Arrays.stream(Angle.values()).map(Angle::name).toList(),
					"the angle the brief asks for")
			.addStringProperty("headline", "the main line")
			.addStringProperty("body", "one or two sentences")
			.addProperty("highlights", strings)
			.addStringProperty("callToAction", "the closing prompt to act")
			.addProperty("hashtags", strings)
			.addStringProperty("scenePrompt", "the product photography backdrop, in English")
			.addStringProperty("negativePrompt", "what the backdrop must not show, in English")
			.required(FIELDS)
			.additionalProperties(false)
			.build();
	}

}
