package app.atelier.pipeline.internal;

import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The results a provider reported, kept on the generation (as JSON) until the copy job has them. */
final class PendingResults {

    private PendingResults() {
    }

    static String write(JsonMapper json, List<ResultFile> files) {
        var array = json.createArrayNode();
        for (var file : files) {
            var node = array.addObject().put("type", file.type().name());
            switch (file) {
                case ResultFile.RemoteFile remote -> node.put("url", remote.url().toString());
                case ResultFile.LocalFile local -> {
                    node.put("file", local.file().toString());
                    if (local.poster() != null) {
                        node.put("poster", local.poster().toString());
                    }
                }
            }
        }
        return json.writeValueAsString(array);
    }

    static List<ResultFile> read(JsonMapper json, String pending) {
        var files = new ArrayList<ResultFile>();
        for (JsonNode node : json.readTree(pending)) {
            var type = ResultType.valueOf(node.path("type").asString());
            if (node.has("url")) {
                files.add(new ResultFile.RemoteFile(URI.create(node.path("url").asString()), type));
            } else {
                files.add(new ResultFile.LocalFile(Path.of(node.path("file").asString()), type,
                        node.has("poster") ? Path.of(node.path("poster").asString()) : null));
            }
        }
        return files;
    }
}
