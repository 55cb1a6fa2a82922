-- The gallery: when a project last saw something happen (a photo added, a generation asked for or
-- finished), to sort by recent activity without reading every generation; and what its queries need.
ALTER TABLE project ADD COLUMN activity_at TIMESTAMP WITH TIME ZONE;
UPDATE project SET activity_at = (SELECT MAX(COALESCE(g.finished_at, g.created_at)) FROM generation g WHERE g.project_id = project.id);
CREATE INDEX project_team_activity_idx ON project (team_id, activity_at);
CREATE INDEX generation_team_project_idx ON generation (team_id, project_id, state);
