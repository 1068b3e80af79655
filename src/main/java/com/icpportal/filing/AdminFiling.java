package com.icpportal.filing;

import java.util.UUID;

/** A filing as the admin pages show it: the subject with its websites, and its owner account (null: none). */
public record AdminFiling(FiledSubject filing, UUID ownerId) {}
