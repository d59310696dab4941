"""Messages (en / ru / kk) of planning: limits no plan can satisfy."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}

MESSAGES["plan_infeasible"] = {
    "en": "No plan satisfies all the limits: {detail}. Relax a unit minimum, unlock some "
    "institutions or raise the budget.",
    "ru": "Ни один план не удовлетворяет всем ограничениям: {detail}. Ослабьте минимум для "
    "единицы, снимите закрепление учреждений или увеличьте бюджет.",
    "kk": "Барлық шектеуді қанағаттандыратын жоспар жоқ: {detail}. Бірлік минимумын азайтыңыз, "
    "мекемелерді бекітуден босатыңыз немесе бюджетті көбейтіңіз.",
}
