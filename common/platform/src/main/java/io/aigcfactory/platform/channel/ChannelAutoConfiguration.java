package io.aigcfactory.platform.channel;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds the channel catalogue. */
@AutoConfiguration
@EnableConfigurationProperties(ChannelCatalog.class)
public class ChannelAutoConfiguration {

}
