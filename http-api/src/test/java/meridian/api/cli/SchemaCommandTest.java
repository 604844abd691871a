package meridian.api.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SchemaCommandTest {

    @Test
    void theShippedProductionScriptIsWhatTheNodeCreatesAtStart() throws Exception {
        String generated = SchemaCommand.script(Map.of());
        assertTrue(generated.contains("CREATE TABLE IF NOT EXISTS meridian_journal.messages"));
        assertTrue(generated.contains("CREATE TABLE IF NOT EXISTS meridian_projection.offset_store"));
        assertTrue(generated.contains("CREATE TABLE IF NOT EXISTS meridian_views.security_by_code"));
        assertEquals(generated, Files.readString(Path.of("../deploy/cql/schema.cql")),
                "deploy/cql/schema.cql is stale: regenerate it with `bin/meridian schema > deploy/cql/schema.cql`");
    }
}
