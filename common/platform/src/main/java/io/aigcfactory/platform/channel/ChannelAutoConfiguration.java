package io.aigcfactory.platform.channel;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds the channel catalogue and the channel profiles. */
@AutoConfiguration
@EnableConfigurationProperties({ ChannelCatalog.class, ChannelProfiles.class })
public class ChannelAutoConfiguration {

}
