package io.aigcfactory.platform.modelcache;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys are a hash of model, prompt and parameters. */
class ModelCacheKeyTests {

	@Test
	void theSameInputsGiveTheSameKeyWhateverTheParameterOrder() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("seed", 7L);
		one.put("steps", 30);
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("steps", 30);
		other.put("seed", 7L);

		assertThat(ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", one))
			.isEqualTo(ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", other));
	}

	@Test
	void anyDifferentInputGivesAnotherKey() {
		ModelCacheKey base = ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", Map.of("seed", 7L));

		assertThat(ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", Map.of("seed", 8L))).isNotEqualTo(base);
		assertThat(ModelCacheKey.of(OutputType.IMAGE, "sdxl-turbo", "a tea cup", Map.of("seed", 7L)))
			.isNotEqualTo(base);
		assertThat(ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea pot", Map.of("seed", 7L))).isNotEqualTo(base);
		assertThat(ModelCacheKey.of(OutputType.TEXT, "sdxl", "a tea cup", Map.of("seed", 7L))).isNotEqualTo(base);
	}

	@Test
	void fieldsCannotRunIntoEachOther() {
		assertThat(ModelCacheKey.of(OutputType.TEXT, "ab", "c", Map.of()))
			.isNotEqualTo(ModelCacheKey.of(OutputType.TEXT, "a", "bc", Map.of()));
	}

}
