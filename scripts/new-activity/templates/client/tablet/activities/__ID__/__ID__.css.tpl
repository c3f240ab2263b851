/* __NAME_EN__ on the tablet: big weather pictures (every target well over 64 px), a calm "not now". */
.__ID__ { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 18px; padding: 16px; overflow-y: auto; }
/* The frame stretches an activity's parts to share its height (activities.css); these keep their own size instead
   (and the view scrolls on a small phone). */
.activity-screen .__ID__ > * { flex: 0 0 auto; }
.__ID__ .weather-listen { display: flex; align-items: center; gap: 12px; font-size: 1.1rem; }
.__ID__ .weather-choices { display: flex; flex-wrap: wrap; justify-content: center; gap: 16px; max-width: 980px; }
.__ID__ .weather-choice {
  display: flex; flex-direction: column; align-items: center; gap: 6px;
  min-width: 132px; min-height: 150px; padding: 10px 12px; border-radius: 24px;
  border: 4px solid transparent; background: #fffdf8; box-shadow: 0 3px 0 rgba(59, 42, 36, 0.18); cursor: pointer;
}
.__ID__ .weather-choice[data-selected='true'] { border-color: #f2a93b; background: #fff3d6; }
.__ID__ .weather-picture { width: 104px; height: 104px; }
.__ID__ .weather-name { font-size: 1.15rem; font-weight: 600; }
.__ID__ .weather-not-now {
  min-height: 72px; min-width: 200px; padding: 0 28px; border-radius: 36px; font-size: 1.25rem;
  border: 3px solid #9fb7bd; background: #f4f8f9; cursor: pointer;
}
.__ID__ .weather-not-now.is-on { border-color: #5fae7e; background: #e6f5ec; }
.__ID__ .weather-status { min-height: 1.5em; font-size: 1.2rem; text-align: center; }
