package com.salaryatlas.estimate;

import com.salaryatlas.salary.Distribution;
import com.salaryatlas.salary.Role;

/** The national distribution estimates use for a role, how it was obtained, and its source. */
public record RoleDistribution(Role role, Distribution distribution, String basis, String source, boolean derived) {
}
