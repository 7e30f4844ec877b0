// A minimal Adaptive Cards host: renders one card into #card and records what its actions submit.
(function () {
  const AC = window.AdaptiveCards;
  const hostConfig = new AC.HostConfig({
    fontFamily: '"Segoe UI", "DejaVu Sans", sans-serif',
    supportsInteractivity: true,
    actions: {
      maxActions: 6,
      actionsOrientation: 'Horizontal',
      actionAlignment: 'Left',
      buttonSpacing: 8,
      spacing: 'Default',
      showCard: { actionMode: 'Inline', inlineTopMargin: 12, style: 'emphasis' },
    },
    // Close to Teams' light theme, so a header's tone shows as its background.
    containerStyles: {
      default: { backgroundColor: '#FFFFFF' },
      emphasis: { backgroundColor: '#F3F2F1' },
      good: { backgroundColor: '#E7F2DA' },
      warning: { backgroundColor: '#FBF6D9' },
      attention: { backgroundColor: '#FCF4F6' },
      accent: { backgroundColor: '#E5F1FB' },
    },
  });
  window.arbotSubmitted = null;
  window.arbotRender = function (json) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = function (action) {
      window.arbotSubmitted = {
        type: action.getJsonTypeName(),
        verb: action.verb === undefined ? null : action.verb,
        data: action.data,
      };
    };
    const context = new AC.SerializationContext();
    card.parse(json, context);
    const errors = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      errors.push({ phase: e.phase, event: e.event, message: e.message });
    }
    const target = document.getElementById('card');
    target.innerHTML = '';
    const rendered = card.render();
    if (!rendered) {
      errors.push({ phase: 'render', message: 'the renderer produced nothing' });
    } else {
      target.appendChild(rendered);
    }
    return errors;
  };
})();
