-- Which node makes a sandbox task's result, until when: nodes sharing the database make each once.
ALTER TABLE sandbox_task ADD COLUMN making_until TIMESTAMP WITH TIME ZONE;
