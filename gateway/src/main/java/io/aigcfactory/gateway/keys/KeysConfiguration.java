package io.aigcfactory.gateway.keys;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The key store and issuance. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

	@Bean
	KeyIssuance keyIssuance(JdbcClient jdbc) {
		return new KeyIssuance(new ApiKeys(jdbc), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnProperty("aigc.gateway.keys.admin-key-file")
	AdminKeyAtFirstStart adminKeyAtFirstStart(KeyIssuance issuance, KeySettings settings) {
		return new AdminKeyAtFirstStart(issuance, settings.adminKeyFile());
	}

}
