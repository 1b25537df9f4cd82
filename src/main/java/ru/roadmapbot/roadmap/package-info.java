/**
 * Roadmap documents and their activities: readers of .docx, .xlsx, .csv and extracted text, reconstruction of the
 * activity table, the responsible parties of each row, and the import that stores a roadmap in one transaction.
 */
@ApplicationModule(allowedDependencies = {"schedule", "territory"})
package ru.roadmapbot.roadmap;

import org.springframework.modulith.ApplicationModule;
