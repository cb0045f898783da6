package com.salaryatlas.estimate;

/** One thing that would move an estimate, and by how much the middle would change. */
public record WhatIf(String label, long change) {
}
