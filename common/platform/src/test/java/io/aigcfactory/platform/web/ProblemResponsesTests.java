package io.aigcfactory.platform.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = ProblemResponsesTests.Echo.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
@Import(ProblemResponsesTests.Echo.class)
class ProblemResponsesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void namesTheFieldOfAValueOfTheWrongType() throws Exception {
		this.mvc
			.perform(post("/echo").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"杯子\",\"price\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("price"))
			.andExpect(jsonPath("$.errors[0].detail").value("must be a number"));
	}

	@Test
	void namesTheFieldThatHoldsBytesThatAreNotUtf8() throws Exception {
		byte[] head = "{\"title\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\",\"price\":1}".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 2 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		body[head.length] = (byte) 0xC3;
		body[head.length + 1] = (byte) 0x28;
		System.arraycopy(tail, 0, body, head.length + 2, tail.length);
		this.mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("UTF-8")));
	}

	@Test
	void answersInvalidInputWithEveryProblem() throws Exception {
		this.mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"price\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[1].field").value("price"));
	}

	@Test
	void answersAnUnknownIdWith404() throws Exception {
		this.mvc.perform(get("/echo/42"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/not-found"))
			.andExpect(jsonPath("$.detail").value("No thing with id 42"));
	}

	@Test
	void answersAMalformedIdWith400NamingIt() throws Exception {
		this.mvc.perform(get("/echo/forty-two"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void refusesABodyOverTheLimit() throws Exception {
		byte[] body = new byte[17 * 1024 * 1024];
		this.mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/payload-too-large"));
	}

	record Thing(String title, BigDecimal price) {
	}

	@RestController
	static class Echo {

		@PostMapping("/echo")
		Thing echo(@RequestBody Thing thing) {
			java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
			if (thing.title().isBlank()) {
				problems.add(FieldProblem.of("title", "must not be blank"));
			}
			if (thing.price().signum() < 0) {
				problems.add(FieldProblem.of("price", "must be >= 0"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return thing;
		}

		@GetMapping("/echo/{id}")
		Thing find(@PathVariable int id) {
			throw new NotFound("thing", id);
		}

	}

}
