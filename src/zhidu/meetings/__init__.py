"""Meetings and collective decisions (议事决策): agenda, notice, convening, recusal, 末位表态, votes,
minutes, follow-up and cadence, every step checked by the meeting.* and decision.* checks (issue 5)."""
