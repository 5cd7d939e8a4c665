#include "journal/LadderProgress.h"

namespace askanyway::core {
namespace {

bool asked(const Attempt& a)
{
    return a.outcome && *a.outcome != Outcome::Avoided;
}

std::optional<double> mean(double sum, int count)
{
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace

bool isMasteryEvidence(const Attempt& a, int rating)
{
    if (!asked(a))
        return false;
    const bool calm = a.anxiety.peak && *a.anxiety.peak * 2 <= rating;
    const bool forecastWrong = a.prediction.noLikelihood >= kReadyFearedNo && *a.outcome != Outcome::No;
    return calm || forecastWrong;
}

bool isReady(const LadderStep& step, const std::vector<Attempt>& chronological)
{
    std::vector<const Attempt*> asks;
    for (const Attempt& a : chronological)
        if (a.stepId == step.id && asked(a))
            asks.push_back(&a);
    if (asks.size() < 2)
        return false;
    return isMasteryEvidence(*asks[asks.size() - 1], step.rating) &&
           isMasteryEvidence(*asks[asks.size() - 2], step.rating);
}

StepProgress stepProgress(const LadderStep& step, const std::vector<Attempt>& chronological)
{
    StepProgress p;
    p.step = step;
    double predictedNo = 0, predictedAnxiety = 0, peaks = 0;
    int asks = 0, nos = 0, withPeak = 0;
    for (const Attempt& a : chronological) {
        if (a.stepId != step.id || a.isPlan())
            continue;
        ++p.attempts;
        if (a.anxiety.peak) {
            p.peaks.push_back(*a.anxiety.peak);
            peaks += *a.anxiety.peak;
            ++withPeak;
        }
        if (!asked(a))
            continue;
        ++asks;
        nos += *a.outcome == Outcome::No ? 1 : 0;
        predictedNo += a.prediction.noLikelihood;
        predictedAnxiety += a.prediction.anxiety;
    }
    if (!p.peaks.empty())
        p.lastPeak = p.peaks.back();
    p.predictedNo = mean(predictedNo, asks);
    p.actualNo = mean(100.0 * nos, asks);
    p.predictedAnxiety = mean(predictedAnxiety, asks);
    p.peakAnxiety = mean(peaks, withPeak);
    p.ready = isReady(step, chronological);
    return p;
}

LadderView ladderView(const Ladder& ladder, const std::vector<Attempt>& all)
{
    LadderView view{ladder, {}, std::nullopt};
    for (const LadderStep& step : ladder.steps) {
        view.steps.push_back(stepProgress(step, all));
        if (!view.nextStepId && !view.steps.back().ready)
            view.nextStepId = step.id;
    }
    return view;
}

} // namespace askanyway::core
