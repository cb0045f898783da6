package com.salaryatlas.browser;

import com.codeborne.selenide.Configuration;

/** Headless Debian Chromium, driven offline: the driver path is set so Selenium Manager never goes to the network. */
public final class Browser {

    private Browser() {
    }

    public static void configure(boolean javascript) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Configuration.browser = "chrome";
        Configuration.browserBinary = "/usr/bin/chromium";
        Configuration.headless = true;
        Configuration.browserSize = "1280x900";
        Configuration.timeout = 8_000;
        Configuration.screenshots = false;
        Configuration.savePageSource = false;
        var options = new org.openqa.selenium.chrome.ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        Configuration.browserCapabilities = options;
    }
}
