package io.aigcfactory.platform.deadletter;

import java.util.List;

import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lists the dead letters of one of the platform's topics and re-drives them. */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterController {

	private final DeadLetterRedrive deadLetters;

	DeadLetterController(DeadLetterRedrive deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	List<DeadLetter> list(@RequestParam(required = false) String topic) {
		return this.deadLetters.list(topic("topic", topic));
	}

	@PostMapping("/{topic}/{partition}/{offset}/redrive")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DeadLetterRedrive.Redriven redrive(@PathVariable String topic, @PathVariable int partition,
			@PathVariable long offset) {
		if (partition < 0) {
			throw InvalidInput.of("partition", "must not be negative");
		}
		if (offset < 0) {
			throw InvalidInput.of("offset", "must not be negative");
		}
		return this.deadLetters.redrive(topic("topic", topic), partition, offset);
	}

	private static Topic<?> topic(String field, String name) {
		if (name == null || name.isBlank()) {
			throw InvalidInput.of(field, "is required: one of " + names());
		}
		return Topics.byName(name).orElseThrow(() -> InvalidInput.of(field, "is not a topic: one of " + names()));
	}

	private static List<String> names() {
		return Topics.all().stream().map(Topic::name).toList();
	}

}
