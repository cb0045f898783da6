package com.salaryatlas;

/** The version stamped on asset URLs so a new release is never served a stale stylesheet. */
final class BuildInfo {

    private BuildInfo() {
    }

    static String version() {
        String version = BuildInfo.class.getPackage().getImplementationVersion();
        return version != null ? version : Long.toString(ProcessHandle.current().info().startInstant()
                .map(java.time.Instant::getEpochSecond).orElse(0L), 36);
    }
}
