package app.atelier.sandbox.internal;

import org.springframework.core.io.Resource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The files the sandbox made, where its answers say they are (as a vendor's CDN would serve them). */
@RestController
@ConditionalOnProperty(prefix = "atelier.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
class SandboxFiles {

    private final SandboxWorkshop workshop;
    private final SandboxTasks tasks;

    SandboxFiles(SandboxWorkshop workshop, SandboxTasks tasks) {
        this.workshop = workshop;
        this.tasks = tasks;
    }

    /** Where a task's result is served, under {@code base}. */
    static String url(String base, SandboxTasks.Task task) {
        return base + "/sandbox/files/" + task.id() + "/" + task.resultFile();
    }

    @GetMapping("/sandbox/files/{task}/{name}")
    ResponseEntity<Resource> file(@PathVariable String task, @PathVariable String name) {
        var found = tasks.find(task).filter(done -> name.equals(done.resultFile()));
        var file = found.flatMap(done -> workshop.resultFile(done.id(), name));
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var type = name.endsWith(".mp4") ? MediaType.parseMediaType("video/mp4") : MediaType.IMAGE_JPEG;
        return ResponseEntity.ok().contentType(type).body(file.get());
    }
}
