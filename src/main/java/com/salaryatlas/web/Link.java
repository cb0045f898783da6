package com.salaryatlas.web;

/** A link as a template prints it: its text and where it goes. */
public record Link(String label, String href) {
}
