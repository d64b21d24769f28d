package io.aigcfactory.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that uses the platform the way real services do. */
@SpringBootApplication
public class PlatformTestApplication {

}
