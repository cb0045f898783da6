package com.salaryatlas.estimate;

/** One more premium (a skill, or a company type) and by how much it would move the middle of an estimate. */
public record WhatIf(Factor.Kind kind, String subject, long change) {
}
