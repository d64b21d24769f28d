package io.aigcfactory.platform.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantTagsTests {

	@Test
	void tagsTheFirstTenantsAndCountsLaterOnesAsOther() {
		TenantTags tags = new TenantTags(2);
		assertThat(tags.of("acme")).isEqualTo("acme");
		assertThat(tags.of("globex")).isEqualTo("globex");
		assertThat(tags.of("initech")).isEqualTo(TenantTags.OTHER);
		assertThat(tags.of("acme")).isEqualTo("acme");
		assertThat(tags.of("umbrella")).isEqualTo(TenantTags.OTHER);
	}

}
