-- What work done here is busy with ("film.step.shot 3/12"), shown beside its progress.
ALTER TABLE generation ADD COLUMN work_step VARCHAR(100);

-- Whether a video result carries sound (null: stored before it was asked).
ALTER TABLE generation_result ADD COLUMN has_sound BOOLEAN;
